package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.RequestRejected;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Rails strong parameters: a write body is wrapped in its resource key ({@code {"ticket": {...}}}); without it the
 * request is a 400, as {@code params.require(:ticket)} raises. Also the value formats the document gives.
 */
final class BossDeskParams {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");

    private BossDeskParams() {}

    /** The fields inside {@code key}; a missing, null or non-object value is Rails' "param is missing". */
    static JsonBody require(JsonNode body, String key) {
        JsonNode inner = body == null || !body.isObject() ? null : body.get(key);
        if (inner == null || !inner.isObject()) {
            throw RequestRejected.message(HttpStatus.BAD_REQUEST, "param is missing or the value is empty: " + key);
        }
        return JsonBody.of(inner, BossDeskWording.INSTANCE);
    }

    /** Like {@link #require}, for the actions whose body may be empty ({@code close}, {@code reopen}). */
    static JsonBody permit(JsonNode body, String key) {
        JsonNode inner = body == null || !body.isObject() ? null : body.get(key);
        return JsonBody.of(inner != null && inner.isObject() ? inner : emptyObject(), BossDeskWording.INSTANCE);
    }

    /** A list of ids ({@code tag_ids}); null when absent, each entry an integer or a string holding one. */
    static List<Long> ids(JsonNode fields, String field, JsonBody errors) {
        JsonNode value = fields == null ? null : fields.get(field);
        if (value == null || value.isNull()) {
            return value == null ? null : List.of();
        }
        if (!value.isArray()) {
            errors.reject(field, BossDeskErrors.INVALID);
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : value) {
            try {
                ids.add(
                        item.isIntegralNumber()
                                ? item.longValue()
                                : Long.parseLong(item.asString().strip()));
            } catch (NumberFormatException e) {
                errors.reject(field, BossDeskErrors.INVALID);
                return null;
            }
        }
        return ids;
    }

    /** {@code DD-MM-YYYY}, the time entry's input format; {@code YYYY-MM-DD} is taken too. */
    static LocalDate dayMonthYear(String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t, DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(t);
        }
    }

    /** {@code YYYY-MM-DD hh:mm:ss} (read as UTC) as the document sends due times, or ISO 8601. */
    static Instant time(String text) {
        String t = text.strip();
        try {
            return LocalDateTime.parse(t, LOCAL_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException again) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static JsonNode emptyObject() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
