package io.polydesk.compat.bossdesk;

import io.polydesk.domain.user.UserSearch;
import io.polydesk.domain.user.UserSearch.Condition;
import io.polydesk.domain.user.UserSearch.Field;
import io.polydesk.domain.user.UserSearch.Op;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The user list's Ransack allow-list, as the domain's field conditions. */
final class BossDeskUserSearch {

    private static final Map<String, Field> FIELDS = Map.of(
            "first_name", Field.FIRST_NAME,
            "last_name", Field.LAST_NAME,
            "username", Field.USERNAME,
            "email", Field.EMAIL,
            "created_at", Field.CREATED_AT,
            "updated_at", Field.UPDATED_AT,
            "is_agent", Field.STAFF,
            "archived_at", Field.ACTIVE);

    static final Set<String> ATTRIBUTES = FIELDS.keySet();

    private static final Map<String, Field> SORTS = Map.of(
            "id", Field.ID,
            "friendly_id", Field.ID,
            "first_name", Field.FIRST_NAME,
            "last_name", Field.LAST_NAME,
            "username", Field.USERNAME,
            "email", Field.EMAIL,
            "created_at", Field.CREATED_AT,
            "updated_at", Field.UPDATED_AT);

    private BossDeskUserSearch() {}

    static UserSearch of(Ransack q) {
        List<Condition> conditions = new ArrayList<>();
        for (Ransack.Condition c : q.conditions()) {
            Condition condition = condition(FIELDS.get(c.attribute()), c);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        Field sort = Field.ID;
        boolean descending = false;
        for (Ransack.Sort s : q.sorts()) {
            if (SORTS.containsKey(s.attribute())) {
                sort = SORTS.get(s.attribute());
                descending = s.descending();
                break;
            }
        }
        return new UserSearch(conditions, q.any() && conditions.size() > 1, sort, descending);
    }

    private static Condition condition(Field field, Ransack.Condition c) {
        try {
            return switch (field.kind()) {
                case TEXT -> text(field, c);
                case TIME -> time(field, c);
                case FLAG -> flag(field, c);
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Condition text(Field field, Ransack.Condition c) {
        Op op = switch (c.predicate()) {
            case "eq" -> Op.EQ;
            case "not_eq" -> Op.NOT_EQ;
            case "cont", "i_cont", "matches" -> Op.CONTAINS;
            case "not_cont", "not_i_cont", "does_not_match" -> Op.NOT_CONTAINS;
            case "start" -> Op.STARTS;
            case "end" -> Op.ENDS;
            case "in", "eq_any" -> Op.IN;
            case "not_in" -> Op.NOT_IN;
            case "blank", "null" -> flagged(c, Op.BLANK, Op.PRESENT);
            case "present", "not_null" -> flagged(c, Op.PRESENT, Op.BLANK);
            default -> null;
        };
        return op == null ? null : Condition.text(field, op, c.values());
    }

    private static Op flagged(Ransack.Condition c, Op ifTrue, Op ifFalse) {
        Boolean flag = c.flag();
        return flag == null ? null : flag ? ifTrue : ifFalse;
    }

    private static Condition time(Field field, Ransack.Condition c) {
        Op op = switch (c.predicate()) {
            case "gt" -> Op.GT;
            case "gteq" -> Op.GTEQ;
            case "lt" -> Op.LT;
            case "lteq" -> Op.LTEQ;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        String v = c.value();
        Instant at = v.length() <= 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(v);
        return Condition.time(field, op, at);
    }

    /** {@code is_agent_eq=true}, {@code is_agent_true=1}; {@code archived_at_null=1} is "not archived". */
    private static Condition flag(Field field, Ransack.Condition c) {
        Boolean flag = c.flag();
        if (flag == null) {
            return null;
        }
        if (field == Field.STAFF) {
            return switch (c.predicate()) {
                case "eq", "true" -> Condition.flag(field, flag);
                case "not_eq", "false" -> Condition.flag(field, !flag);
                default -> null;
            };
        }
        return switch (c.predicate()) {
            case "null", "blank" -> Condition.flag(field, flag);
            case "not_null", "present" -> Condition.flag(field, !flag);
            default -> null;
        };
    }
}
