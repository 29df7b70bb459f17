package io.polydesk.domain.savedsearch;

/** What a saved search lists. Asset searches are refused until the asset feature provides a filter to store. */
public enum SavedSearchKind {
    TICKET,
    ASSET
}
