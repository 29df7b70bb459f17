package io.polydesk.api.graphql.support;

/** The schema's SortDirection, for the order inputs of the listings. */
public enum SortDirection {
    ASC,
    DESC;

    /** Descending unless ASC is asked for; null (never sent, the schema defaults it) is the listing's own way. */
    public static boolean descending(SortDirection direction, boolean otherwise) {
        return direction == null ? otherwise : direction == DESC;
    }
}
