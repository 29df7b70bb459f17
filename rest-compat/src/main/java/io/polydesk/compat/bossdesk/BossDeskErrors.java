package io.polydesk.compat.bossdesk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Rails' error body, {@code {"errors": {"<field>": ["<message>"]}}}, used for every error: a problem with the
 * request as a whole is reported under {@code base}.
 */
final class BossDeskErrors {

    /** Rails' default token challenge ({@code request_http_token_authentication}). */
    static final String CHALLENGE = "Token realm=\"Application\"";

    static final String BLANK = "can't be blank";
    static final String INVALID = "is invalid";
    static final String TAKEN = "has already been taken";

    private BossDeskErrors() {}

    static Map<String, Object> body(Map<String, List<String>> errors) {
        return Map.of("errors", new LinkedHashMap<>(errors));
    }

    static Map<String, Object> base(String message) {
        return body(Map.of("base", List.of(message)));
    }

    static ResponseEntity<Object> of(HttpStatusCode status, Map<String, List<String>> errors) {
        return ResponseEntity.status(status).body(body(errors));
    }

    static ResponseEntity<Object> base(HttpStatusCode status, String message) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (status.value() == HttpStatus.UNAUTHORIZED.value()) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return builder.body(base(message));
    }

    static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "HTTP Token: Access denied.";
            case 403 -> "you are not allowed to do this";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 409 -> "was changed by someone else";
            case 413 -> "request body is too large";
            case 415 -> "send application/json";
            case 429 -> "too many requests, retry later";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null
                        ? "error " + status
                        : known.getReasonPhrase().toLowerCase();
            }
        };
    }
}
