package io.polydesk.compat.arctyk;

import io.polydesk.compat.support.Challenges;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.compat.support.drf.DrfErrors;
import io.polydesk.domain.shared.DomainException;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of an Arctyk endpoint in Django REST Framework's shapes: {@code {"field": ["message"]}} with 400
 * for validation, {@code {"detail": "..."}} for everything else. Domain field names become Arctyk's.
 */
@RestControllerAdvice(basePackageClasses = ArctykErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ArctykErrorAdvice.class);

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
            case INVALID -> DrfErrors.invalid(e, ArctykErrorAdvice::arctykName);
            case UNAUTHENTICATED -> DrfErrors.unauthorized(e.getMessage(), Challenges.BASIC_OR_BEARER);
            case FORBIDDEN -> DrfErrors.detail(HttpStatus.FORBIDDEN, e.getMessage());
            case NOT_FOUND -> DrfErrors.detail(HttpStatus.NOT_FOUND, e.getMessage());
            case CONFLICT -> DrfErrors.detail(HttpStatus.CONFLICT, e.getMessage());
        };
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Object> rejected(RequestRejected e) {
        return DrfErrors.rejected(e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        return DrfErrors.unreadable(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return DrfErrors.detail(
                HttpStatus.BAD_REQUEST,
                "Invalid " + e.getName() + " \"" + e.getValue() + "\" in the path: expected a whole number.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException e) {
        return DrfErrors.unauthorized(DrfErrors.defaultMessage(401), Challenges.BASIC_OR_BEARER);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return DrfErrors.detail(HttpStatus.FORBIDDEN, DrfErrors.defaultMessage(403));
    }

    /** Spring MVC's own refusals inside a matched Arctyk handler: media type, missing parameters and the like. */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<Object> framework(Exception e) {
        return e instanceof ErrorResponse error ? DrfErrors.framework(error) : unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Arctyk request failed", e);
        return DrfErrors.detail(HttpStatus.INTERNAL_SERVER_ERROR, "A server error occurred.");
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
