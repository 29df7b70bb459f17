package io.polydesk.domain.token;

/**
 * Secrets every node of an installation shares and that survive a restart, one per purpose, for signing what
 * Polydesk hands out and later checks (expiring download links, upload policies).
 */
public interface ServerSecrets {

    /** 32 bytes for {@code purpose}; the same on every node and after every restart, different per purpose. */
    byte[] secret(String purpose);
}
