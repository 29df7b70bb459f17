package io.polydesk.domain.user;

import java.time.Instant;
import java.util.List;

/**
 * A user listing narrowed by field conditions, all of which (or, with {@code any}, one of which) must hold, for
 * the dialects whose clients search users field by field (BOSSDesk's Ransack). Text comparisons ignore case.
 */
public record UserSearch(List<Condition> conditions, boolean any, Field sort, boolean descending) {

    public UserSearch {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        sort = sort == null ? Field.USERNAME : sort;
    }

    /** What a condition can look at; text fields take the text operators, times the comparisons. */
    public enum Field {
        USERNAME(Kind.TEXT),
        EMAIL(Kind.TEXT),
        FIRST_NAME(Kind.TEXT),
        LAST_NAME(Kind.TEXT),
        CREATED_AT(Kind.TIME),
        UPDATED_AT(Kind.TIME),
        /** An agent or administrator (true) or a customer (false). */
        STAFF(Kind.FLAG),
        /** Not archived (true) or archived (false). */
        ACTIVE(Kind.FLAG),
        ID(Kind.TIME);

        public enum Kind {
            TEXT,
            TIME,
            FLAG
        }

        private final Kind kind;

        Field(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    public enum Op {
        EQ,
        NOT_EQ,
        CONTAINS,
        NOT_CONTAINS,
        STARTS,
        ENDS,
        IN,
        NOT_IN,
        /** Null or empty. */
        BLANK,
        /** Neither null nor empty. */
        PRESENT,
        GT,
        GTEQ,
        LT,
        LTEQ
    }

    /**
     * One condition: {@code values} for text operators (one value, or several for IN), {@code time} for
     * comparisons of times, {@code flag} for flag fields (with EQ).
     */
    public record Condition(Field field, Op op, List<String> values, Instant time, Boolean flag) {

        public Condition {
            values = values == null ? List.of() : List.copyOf(values);
        }

        public static Condition text(Field field, Op op, List<String> values) {
            return new Condition(field, op, values, null, null);
        }

        public static Condition time(Field field, Op op, Instant time) {
            return new Condition(field, op, List.of(), time, null);
        }

        public static Condition flag(Field field, boolean flag) {
            return new Condition(field, Op.EQ, List.of(), null, flag);
        }
    }
}
