package io.polydesk.persistence.user;

import io.polydesk.domain.user.UserSearch;
import io.polydesk.persistence.support.LikePatterns;
import java.time.Instant;
import java.util.List;

/**
 * One {@link UserSearch.Condition} as {@code UserMapper.xml} reads it: the column comes from a fixed list (never from
 * input), LIKE patterns are escaped here.
 */
record UserConditionRow(
        String column,
        String kind,
        String op,
        String value,
        String pattern,
        List<String> values,
        Instant time,
        Boolean flag) {

    static UserConditionRow of(UserSearch.Condition c) {
        String value = c.values().isEmpty() ? null : c.values().get(0);
        return new UserConditionRow(
                column(c.field()),
                c.field().kind().name(),
                c.op().name(),
                value,
                pattern(c.op(), value),
                c.values(),
                c.time(),
                c.flag());
    }

    static String column(UserSearch.Field field) {
        return switch (field) {
            case USERNAME -> "u.username";
            case EMAIL -> "u.email";
            case FIRST_NAME -> "u.first_name";
            case LAST_NAME -> "u.last_name";
            case CREATED_AT -> "u.created_at";
            case UPDATED_AT -> "u.updated_at";
            case ID -> "u.id";
            case STAFF -> "staff";
            case ACTIVE -> "active";
        };
    }

    private static String pattern(UserSearch.Op op, String value) {
        if (value == null) {
            return null;
        }
        String contains = LikePatterns.contains(value);
        String escaped = contains.substring(1, contains.length() - 1);
        return switch (op) {
            case CONTAINS, NOT_CONTAINS -> contains;
            case STARTS -> escaped + "%";
            case ENDS -> "%" + escaped;
            default -> null;
        };
    }
}
