package io.polydesk.compat.ticketingv1;

import io.polydesk.domain.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** The document's one error envelope: {@code {"error": {"code", "message", "details": [{"field", "message"}]}}}. */
final class TicketingErrors {

    private TicketingErrors() {}

    static ResponseEntity<Object> of(HttpStatusCode status, String code, String message, List<FieldError> details) {
        return ResponseEntity.status(status).body(body(code, message, details));
    }

    static Map<String, Object> body(String code, String message, List<FieldError> details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put(
                "details",
                details.stream()
                        .map(d -> Map.of("field", d.field(), "message", d.message()))
                        .toList());
        return Map.of("error", error);
    }

    /** The snake-case code for a status the document lists, or one made the same way for any other. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "invalid_input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "validation_error";
            case 429 -> "rate_limit_exceeded";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "error" : known.name().toLowerCase();
            }
        };
    }

    static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "Authentication required";
            case 403 -> "You do not have permission to do this";
            case 404 -> "Not found";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "Error " + status : known.getReasonPhrase();
            }
        };
    }
}
