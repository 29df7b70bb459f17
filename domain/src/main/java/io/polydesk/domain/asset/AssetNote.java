package io.polydesk.domain.asset;

import java.time.Instant;

/** A staff note on an asset; only its author or an administrator changes it, and edits are counted. */
public record AssetNote(
        long id, long assetId, Long authorId, String content, Instant createdAt, Instant updatedAt, int editCount) {}
