package io.polydesk.persistence.support;

import io.polydesk.domain.shared.NameSearch;
import java.util.List;

/**
 * A {@link NameSearch} as the statements use it: each condition a literal {@code LIKE} pattern (compared lower-cased,
 * with {@code ESCAPE '!'}), negated or not, joined by {@code AND} or {@code OR}.
 */
public final class NameConditions {

    /** One condition: {@code LOWER(name) [NOT] LIKE LOWER(pattern)}. */
    public record Row(String pattern, boolean negated) {}

    private final List<Row> rows;
    private final String joiner;

    public NameConditions(NameSearch search) {
        this.rows = search.conditions().stream().map(NameConditions::row).toList();
        this.joiner = search.any() ? " OR " : " AND ";
    }

    public List<Row> getRows() {
        return rows;
    }

    /** SQL from a fixed pair; the statements splice it in with {@code ${}}. */
    public String getJoiner() {
        return joiner;
    }

    private static Row row(NameSearch.Condition c) {
        String literal = c.value().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return switch (c.op()) {
            case EQ -> new Row(literal, false);
            case NOT_EQ -> new Row(literal, true);
            case CONTAINS -> new Row("%" + literal + "%", false);
            case NOT_CONTAINS -> new Row("%" + literal + "%", true);
            case STARTS -> new Row(literal + "%", false);
            case ENDS -> new Row("%" + literal, false);
        };
    }
}
