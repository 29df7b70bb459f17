package io.polydesk.domain.asset;

/** A place assets (and later users) are at; locations form a tree (building, floor, room). */
public record Location(long id, String name, Long parentId) {
}
