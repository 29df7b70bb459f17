package io.polydesk.compat.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request a dialect's wire format itself refuses (wrong JSON types, unknown choices, bad query parameters)
 * before any domain service runs. Carries either field errors or a single message; each dialect's advice answers
 * it in the dialect's own error shape.
 */
public final class RequestRejected extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, List<String>> fieldErrors;

    private RequestRejected(HttpStatus status, String message, Map<String, List<String>> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.fieldErrors = fieldErrors;
    }

    public static RequestRejected fields(Map<String, List<String>> errors) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return new RequestRejected(HttpStatus.BAD_REQUEST, "Invalid input", Collections.unmodifiableMap(copy));
    }

    public static RequestRejected field(String field, String message) {
        return fields(Map.of(field, List.of(message)));
    }

    public static RequestRejected message(HttpStatus status, String message) {
        return new RequestRejected(status, message, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    /** Field name to messages, in the order found; empty when the problem is not about one field. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
