package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.Challenges;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error of a Jitbit method as a status code with a short JSON string naming the problem; a 400 names each
 * missing or malformed parameter by its Jitbit name.
 */
@RestControllerAdvice(basePackageClasses = JitbitErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(JitbitErrorAdvice.class);

    /** Domain field names as the Jitbit parameters that carry them. */
    private static final Map<String, String> PARAMETER_NAMES = Map.ofEntries(
            Map.entry("title", "subject"),
            Map.entry("description", "body"),
            Map.entry("content", "body"),
            Map.entry("priority", "priority"),
            Map.entry("status", "statusId"),
            Map.entry("assigneeId", "assignedUserId"),
            Map.entry("projectId", "categoryId"),
            Map.entry("requesterId", "userId"),
            Map.entry("filter.text", "query"),
            Map.entry("filter.status", "statusId"),
            Map.entry("modelName", "modelName"),
            Map.entry("name", "name"));

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return switch (e.code()) {
            case INVALID -> JitbitErrors.of(HttpStatus.BAD_REQUEST, invalid(e.details(), e.getMessage()));
            case UNAUTHENTICATED -> unauthorized(e.getMessage());
            case FORBIDDEN -> JitbitErrors.of(HttpStatus.FORBIDDEN, e.getMessage());
            case NOT_FOUND -> JitbitErrors.of(HttpStatus.NOT_FOUND, e.getMessage());
            case CONFLICT -> JitbitErrors.of(HttpStatus.CONFLICT, e.getMessage());
        };
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Object> rejected(RequestRejected e) {
        String message = e.fieldErrors().isEmpty() ? e.getMessage() : JitbitErrors.fields(e.fieldErrors());
        return JitbitErrors.of(e.status(), message);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException e) {
        return unauthorized(null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return JitbitErrors.of(HttpStatus.FORBIDDEN, JitbitErrors.text(403, null));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e) {
        return JitbitErrors.of(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the server accepts");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e) {
        return JitbitErrors.of(HttpStatus.BAD_REQUEST, "The multipart body could not be read");
    }

    @ExceptionHandler(ServletException.class)
    ResponseEntity<Object> framework(ServletException e) {
        if (e instanceof ErrorResponse error) {
            int status = error.getStatusCode().value();
            return ResponseEntity.status(status)
                    .headers(error.getHeaders())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JitbitErrors.body(JitbitErrors.text(status, null)));
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (e instanceof ErrorResponse error) {
            int status = error.getStatusCode().value();
            return JitbitErrors.of(HttpStatus.valueOf(status), JitbitErrors.text(status, null));
        }
        log.error("Jitbit request failed", e);
        return JitbitErrors.of(HttpStatus.INTERNAL_SERVER_ERROR, JitbitErrors.text(500, null));
    }

    private static ResponseEntity<Object> unauthorized(String message) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, Challenges.BASIC_OR_BEARER)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JitbitErrors.body(JitbitErrors.text(401, message)));
    }

    private static String invalid(List<FieldError> details, String fallback) {
        if (details.isEmpty()) {
            return fallback;
        }
        Map<String, List<String>> named = new LinkedHashMap<>();
        for (FieldError detail : details) {
            named.computeIfAbsent(parameterName(detail.field()), k -> new ArrayList<>())
                    .add(detail.message());
        }
        return JitbitErrors.fields(named);
    }

    static String parameterName(String field) {
        return PARAMETER_NAMES.getOrDefault(field, field);
    }
}
