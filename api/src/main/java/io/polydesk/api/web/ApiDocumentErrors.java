package io.polydesk.api.web;

import java.util.Map;
import org.springdoc.api.OpenApiResourceNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unknown API document is a 404 in the plain JSON error shape, like every other path outside a dialect, and
 * does not echo the name it was asked for (springdoc's own answer does, with an id of its own).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiDocumentErrors {

    @ExceptionHandler(OpenApiResourceNotFoundException.class)
    ResponseEntity<Map<String, Object>> unknownDocument() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", Map.of("code", "not_found", "message", "There is no such API document")));
    }
}
