package io.polydesk.domain.shared;

import java.util.List;

/**
 * Conditions on a name for the short lookup lists that dialects page and search (BOSSDesk's Ransack on groups and
 * manufacturers): all of them hold, or with {@code any} one of them. Comparisons ignore case; no condition matches
 * every row.
 */
public record NameSearch(List<Condition> conditions, boolean any) {

    public NameSearch {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public static NameSearch none() {
        return new NameSearch(List.of(), false);
    }

    public enum Op {
        EQ,
        NOT_EQ,
        CONTAINS,
        NOT_CONTAINS,
        STARTS,
        ENDS
    }

    public record Condition(Op op, String value) {}
}
