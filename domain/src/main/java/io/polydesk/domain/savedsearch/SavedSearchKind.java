package io.polydesk.domain.savedsearch;

/** What a saved search lists, and so which filter it stores and how it is run. */
public enum SavedSearchKind {
    TICKET,
    ASSET
}
