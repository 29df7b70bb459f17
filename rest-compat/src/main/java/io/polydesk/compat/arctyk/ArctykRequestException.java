package io.polydesk.compat.arctyk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the Arctyk wire format itself refuses (bad JSON types, unknown choices, bad query parameters),
 * before any domain service runs. Carries either DRF field errors or a single {@code detail}.
 */
final class ArctykRequestException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, List<String>> fieldErrors;

    private ArctykRequestException(HttpStatus status, String detail, Map<String, List<String>> fieldErrors) {
        super(detail, null, false, false);
        this.status = status;
        this.fieldErrors = fieldErrors;
    }

    static ArctykRequestException fields(Map<String, List<String>> errors) {
        return new ArctykRequestException(
                HttpStatus.BAD_REQUEST, "Invalid input", Collections.unmodifiableMap(new LinkedHashMap<>(errors)));
    }

    static ArctykRequestException field(String field, String message) {
        return fields(Map.of(field, List.of(message)));
    }

    static ArctykRequestException detail(HttpStatus status, String detail) {
        return new ArctykRequestException(status, detail, Map.of());
    }

    HttpStatus status() {
        return status;
    }

    /** Empty when the problem is not about one field. */
    Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
