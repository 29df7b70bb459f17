package io.polydesk.domain.shared;

/** What kind of value a sort column holds, and so how a cursor carries it: the id alone, a text or a time. */
public enum SortKind {
    ID,
    TEXT,
    TIME
}
