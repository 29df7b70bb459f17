package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.QueryParams;
import io.polydesk.domain.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * One call of a Jitbit method: the caller, the parameters (from the query string, a form, multipart or JSON body,
 * names matched ignoring case), the id given as a path segment ({@code /api/Ticket/5}) and the uploaded files.
 */
final class JitbitCall {

    private final Actor actor;
    private final QueryParams params;
    private final String pathId;
    private final HttpServletRequest request;

    JitbitCall(Actor actor, QueryParams params, String pathId, HttpServletRequest request) {
        this.actor = actor;
        this.params = params;
        this.pathId = pathId;
        this.request = request;
    }

    Actor actor() {
        return actor;
    }

    QueryParams params() {
        return params;
    }

    HttpServletRequest request() {
        return request;
    }

    /** A required id: the named parameter or, failing it, the path segment after the method. */
    long requiredId(String name) {
        Long id = optionalId(name);
        if (id == null && !params.has(name)) {
            params.reject(name, "is required");
        }
        params.validate();
        return id == null ? 0 : id;
    }

    /** The named id, or the path segment after the method when the parameter is absent; null when neither. */
    Long optionalId(String name) {
        if (!params.has(name) && pathId != null) {
            try {
                long parsed = Long.parseLong(pathId);
                if (parsed >= 1) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // refused below, as the parameter would be
            }
            params.reject(name, "must be a whole number");
            return null;
        }
        return params.id(name);
    }

    /** A required text parameter; recorded as missing when absent or blank. */
    String requiredText(String name) {
        String value = params.text(name);
        if (value == null) {
            params.reject(name, "is required");
        }
        return value;
    }

    /** Ids sent repeated ({@code statusId=1&statusId=2}) or comma-separated ({@code statusId=1,2}). */
    List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        for (String value : params.values(name)) {
            for (String part : value.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    ids.add(Long.parseLong(p));
                } catch (NumberFormatException e) {
                    params.reject(name, "must be whole numbers, comma-separated");
                }
            }
        }
        return ids;
    }

    /** A date, {@code YYYY-MM-DD} or an ISO date-time whose date part is taken; null when absent. */
    LocalDate day(String name) {
        String value = params.text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            params.reject(name, "must be a date, YYYY-MM-DD");
            return null;
        }
    }

    /** A whole number between {@code min} and {@code max}; null when absent. */
    Integer integer(String name, int min, int max) {
        String value = params.text(name);
        if (value == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        params.reject(name, "must be a whole number from " + min + " to " + max);
        return null;
    }

    /** The {@code cf<FieldID>=value} parameters, by field id. */
    Map<Long, String> customFieldParams() {
        Map<Long, String> values = new LinkedHashMap<>();
        for (String name : params.names()) {
            if (name.length() > 2
                    && name.substring(0, 2).equalsIgnoreCase("cf")
                    && name.substring(2).matches("\\d{1,18}")) {
                values.put(Long.parseLong(name.substring(2)), params.text(name));
            }
        }
        return values;
    }

    /** The uploaded files of the parts whose name is {@code name} ignoring case ({@code uploadfile}, ...). */
    List<MultipartFile> files(String... names) {
        List<MultipartFile> files = new ArrayList<>();
        if (request instanceof MultipartHttpServletRequest multipart) {
            multipart.getMultiFileMap().forEach((part, list) -> {
                for (String name : names) {
                    if (part.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
                        list.stream().filter(f -> !f.isEmpty()).forEach(files::add);
                        return;
                    }
                }
            });
        }
        return files;
    }
}
