package io.polydesk.domain.knowledge;

import io.polydesk.domain.shared.SortKind;

/** A sort the article listing offers; each has an index behind it. Ties break on the id in the same direction. */
public record ArticleOrder(Field field, boolean descending) {

    public enum Field {
        ID(SortKind.ID),
        TITLE(SortKind.TEXT),
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
    public static final ArticleOrder LAST_CHANGED_FIRST = new ArticleOrder(Field.UPDATED_AT, true);

    /** Identifies the order in cursors, so a cursor of one order is refused under another. */
    public String cursorKey() {
        return "article:" + field.name() + (descending ? "-" : "+");
    }
}
