package io.polydesk.domain.organisation;

import io.polydesk.domain.shared.SortKind;

/** A sort the company listing offers; each has an index behind it. Ties break on the id in the same direction. */
public record CompanyOrder(Field field, boolean descending) {

    public enum Field {
        ID(SortKind.ID),
        NAME(SortKind.TEXT),
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
    public static final CompanyOrder BY_NAME = new CompanyOrder(Field.NAME, false);

    /** Identifies the order in cursors, so a cursor of one order is refused under another. */
    public String cursorKey() {
        return "company:" + field.name() + (descending ? "-" : "+");
    }
}
