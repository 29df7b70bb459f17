package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.QueryParamWording;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.node.StringNode;

/**
 * Jitbit's errors: the status code carries the meaning and the body is one short JSON string naming the problem
 * (clients stringify whatever comes back; a PHP client that probes for an {@code Errors} object treats its absence
 * as normal, and only then recognises a 429 as a rate limit).
 */
final class JitbitErrors {

    /** The words {@link io.polydesk.compat.support.QueryParams} uses for Jitbit's parameters. */
    static final QueryParamWording WORDING = new QueryParamWording() {
        @Override
        public String notAnInteger() {
            return "must be a whole number";
        }

        @Override
        public String lessThan(int minimum) {
            return "must be at least " + minimum;
        }

        @Override
        public String notAChoice(String value) {
            return "\"" + value + "\" is not one of the accepted values";
        }

        @Override
        public String notABoolean(String value) {
            return "\"" + value + "\" is not true or false";
        }

        @Override
        public String notADate() {
            return "must be a date, YYYY-MM-DD";
        }
    };

    private JitbitErrors() {}

    static ResponseEntity<Object> of(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(message));
    }

    /** The message as a JSON string node, so it is written as JSON, not as plain text. */
    static StringNode body(String message) {
        return StringNode.valueOf(message);
    }

    /** {@code message}, or the default words for the status when it says nothing. */
    static String text(int status, String message) {
        if (message != null && !message.isBlank()) {
            return message;
        }
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized: send Basic credentials or a Bearer token";
            case 403 -> "Access denied";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            default -> "Server error";
        };
    }

    /** {@code "categoryId is required; priorityId must be a whole number"}: every parameter named. */
    static String fields(Map<String, List<String>> errors) {
        return errors.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(m -> e.getKey() + " " + m))
                .collect(Collectors.joining("; "));
    }
}
