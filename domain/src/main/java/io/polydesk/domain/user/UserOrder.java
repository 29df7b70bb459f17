package io.polydesk.domain.user;

import io.polydesk.domain.shared.SortKind;

/** A sort the user listing offers; each has an index behind it. Ties break on the id in the same direction. */
public record UserOrder(Field field, boolean descending) {

    public enum Field {
        ID(SortKind.ID),
        USERNAME(SortKind.TEXT),
        EMAIL(SortKind.TEXT),
        CREATED_AT(SortKind.TIME),
        UPDATED_AT(SortKind.TIME);

        private final SortKind kind;

        Field(SortKind kind) {
            this.kind = kind;
        }

        public SortKind kind() {
            return kind;
        }
    }

    /** The listing's order since it exists. */
    public static final UserOrder BY_USERNAME = new UserOrder(Field.USERNAME, false);

    /** Identifies the order in cursors, so a cursor of one order is refused under another. */
    public String cursorKey() {
        return "user:" + field.name() + (descending ? "-" : "+");
    }
}
