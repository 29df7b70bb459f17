package io.polydesk.domain.relation;

/**
 * How two tickets are linked, read from the link's source to its target. {@code RELATES_TO} is symmetric;
 * {@code DUPLICATES} (the source repeats the target) and {@code BLOCKS} (the target waits for the source)
 * have a direction. Parent and sub-tickets are a separate relation, not a link kind.
 */
public enum LinkKind {
    RELATES_TO,
    DUPLICATES,
    BLOCKS
}
