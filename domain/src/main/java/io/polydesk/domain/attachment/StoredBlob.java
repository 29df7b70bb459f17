package io.polydesk.domain.attachment;

/** What {@link BlobStorage#put} wrote: the key to find it again, its length and its SHA-256 in hex. */
public record StoredBlob(String key, long size, String sha256) {}
