package io.polydesk.domain.user;

/** Slow, salted one-way hashing of passwords; the encoding names its own algorithm. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
