package io.polydesk.api.security;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The login endpoint's errors, in the Ticketing Platform API's {@code {"error":{code,message,details}}} shape. */
@RestControllerAdvice(assignableTypes = LoginController.class)
class LoginErrors {

    static void requireFields(LoginController.LoginRequest request) {
        if (request == null) {
            throw DomainException.invalid("body", "must be a JSON object");
        }
        new Validation()
                .required(request.email(), "email")
                .required(request.password(), "password")
                .throwIfInvalid();
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> domain(DomainException e) {
        if (e.code() == ErrorCode.UNAUTHENTICATED) {
            return body(HttpStatus.UNAUTHORIZED, "invalid_credentials", e.getMessage(), List.of());
        }
        if (e.code() == ErrorCode.INVALID) {
            return body(HttpStatus.UNPROCESSABLE_CONTENT, "validation_error", e.getMessage(), e.details());
        }
        return body(HttpStatus.BAD_REQUEST, "invalid_input", e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                "invalid_input",
                "The request body is not valid JSON of the expected shape",
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Send application/json", List.of());
    }

    private static ResponseEntity<Map<String, Object>> body(
            HttpStatus status, String code, String message, List<FieldError> details) {
        Map<String, Object> error = new HashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put(
                "details",
                details.stream()
                        .map(d -> Map.of("field", d.field(), "message", d.message()))
                        .toList());
        return ResponseEntity.status(status).body(Map.of("error", error));
    }
}
