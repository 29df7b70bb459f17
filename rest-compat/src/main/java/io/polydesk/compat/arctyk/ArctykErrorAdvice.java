package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.ErrorDetail;
import io.polydesk.compat.support.RequestBodyTooLarge;
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
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every error of an Arctyk endpoint in Django REST Framework's shapes: {@code {"field": ["message"]}} with 400
 * for validation, {@code {"detail": "..."}} for everything else. Domain field names become Arctyk's.
 */
@RestControllerAdvice(basePackageClasses = ArctykErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnArctyk
class ArctykErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ArctykErrorAdvice.class);

    /** The same challenge security sends when it refuses a request before any controller. */
    private static final String CHALLENGE = "Basic realm=\"Polydesk\", Bearer realm=\"Polydesk\"";

    /** The domain's names for fields whose Arctyk names are not just the snake case of them. */
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "assigneeId", "assigned_to",
            "projectId", "project",
            "requesterId", "requester",
            "filter.text", "q",
            "size", "limit",
            "typeId", "type",
            "statusId", "status",
            "locationId", "location",
            "ownerId", "owner");

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return switch (e.code()) {
            case INVALID -> ResponseEntity.badRequest().body(fieldErrors(e));
            case UNAUTHENTICATED -> unauthorized(e.getMessage());
            case FORBIDDEN -> detail(HttpStatus.FORBIDDEN, e.getMessage());
            case NOT_FOUND -> detail(HttpStatus.NOT_FOUND, e.getMessage());
            case CONFLICT -> detail(HttpStatus.CONFLICT, e.getMessage());
        };
    }

    @ExceptionHandler(ArctykRequestException.class)
    ResponseEntity<Object> request(ArctykRequestException e) {
        return e.fieldErrors().isEmpty()
                ? detail(e.status(), e.getMessage())
                : ResponseEntity.status(e.status()).body(e.fieldErrors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        if (RequestBodyTooLarge.causedBy(e)) {
            return detail(HttpStatus.CONTENT_TOO_LARGE, "Request body is larger than this server accepts.");
        }
        Throwable cause = e.getMostSpecificCause();
        String reason = cause instanceof JacksonException jackson
                ? jackson.getOriginalMessage()
                : "the request body is missing or is not JSON";
        return detail(HttpStatus.BAD_REQUEST, "JSON parse error - " + reason);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return detail(
                HttpStatus.BAD_REQUEST,
                "Invalid " + e.getName() + " \"" + e.getValue() + "\" in the path: expected a whole number.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException e) {
        return unauthorized("Authentication credentials were not provided.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return detail(HttpStatus.FORBIDDEN, "You do not have permission to perform this action.");
    }

    /**
     * Spring MVC's own refusals: wrong method, media type, unknown path and the like. Also used for requests
     * on Arctyk paths that no handler matched (see {@link ArctykUnmatchedRequests}).
     */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<Object> framework(Exception e) {
        if (!(e instanceof ErrorResponse error)) {
            return unexpected(e);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(error.getHeaders());
        return ResponseEntity.status(error.getStatusCode())
                .headers(headers)
                .body(new ErrorDetail(frameworkMessage(e, error)));
    }

    private static String frameworkMessage(Exception e, ErrorResponse error) {
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return "Method \"" + m.getMethod() + "\" not allowed.";
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return "Unsupported media type \"" + m.getContentType() + "\" in request.";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "Could not satisfy the request Accept header.";
        }
        if (e instanceof NoResourceFoundException) {
            return "Not found.";
        }
        String detail = error.getBody().getDetail();
        return detail != null
                ? detail
                : HttpStatus.valueOf(error.getStatusCode().value()).getReasonPhrase();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Arctyk request failed", e);
        return detail(HttpStatus.INTERNAL_SERVER_ERROR, "A server error occurred.");
    }

    private static ResponseEntity<Object> detail(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(new ErrorDetail(message));
    }

    private static ResponseEntity<Object> unauthorized(String message) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .body(new ErrorDetail(message));
    }

    private static Map<String, List<String>> fieldErrors(DomainException e) {
        Map<String, List<String>> body = new LinkedHashMap<>();
        if (e.details().isEmpty()) {
            body.put("non_field_errors", List.of(e.getMessage()));
        }
        for (FieldError error : e.details()) {
            body.computeIfAbsent(arctykName(error.field()), f -> new ArrayList<>())
                    .add(error.message());
        }
        return body;
    }

    /** {@code assigneeId} is {@code assigned_to}, {@code filter.status} is {@code status}, {@code dueDate} is {@code due_date}. */
    static String arctykName(String field) {
        String mapped = FIELD_NAMES.get(field);
        if (mapped != null) {
            return mapped;
        }
        String name = field.startsWith("filter.") ? field.substring("filter.".length()) : field;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
