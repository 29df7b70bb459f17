package io.polydesk.api.attachment;

import io.polydesk.compat.support.RequestBodyTooLarge;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The attachment endpoints' errors in the application's plain shape {@code {"error":{"code","message"}}}. */
@RestControllerAdvice(assignableTypes = AttachmentHttpController.class)
class AttachmentHttpErrors {

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> domain(DomainException e) {
        HttpStatus status = switch (e.code()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return body(status, e.code().name().toLowerCase(), e.getMessage(), e.details());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> tooLarge(AttachmentHttpController.UploadTooLarge e) {
        return body(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", e.getMessage(), List.of());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> missingFile(MissingServletRequestPartException e) {
        return body(
                HttpStatus.BAD_REQUEST, "invalid", "file: is required", List.of(new FieldError("file", "is required")));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "invalid", "The request is not a readable multipart upload", List.of());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> unreadableJson(HttpMessageNotReadableException e) {
        if (RequestBodyTooLarge.causedBy(e)) {
            return body(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload_too_large",
                    "The request body is larger than " + "polydesk.http.max-body-size allows",
                    List.of());
        }
        return body(
                HttpStatus.BAD_REQUEST,
                "invalid",
                "The body is not a JSON object with text fields filename,"
                        + " content (base64) and optionally mime_type",
                List.of());
    }

    static ResponseEntity<Map<String, Object>> body(
            HttpStatus status, String code, String message, List<FieldError> details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (!details.isEmpty()) {
            error.put(
                    "details",
                    details.stream()
                            .map(d -> Map.of("field", d.field(), "message", d.message()))
                            .toList());
        }
        return ResponseEntity.status(status).body(Map.of("error", error));
    }
}
