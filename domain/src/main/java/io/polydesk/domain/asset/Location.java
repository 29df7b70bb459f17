package io.polydesk.domain.asset;

/**
 * A place assets (and later users) are at; locations form a tree (building, floor, room). An archived location
 * stays on the assets that are there but is no longer offered for new ones.
 */
public record Location(long id, String name, Long parentId, boolean archived) {}
