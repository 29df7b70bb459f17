package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.compat.support.drf.DrfErrors;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.JsonNode;

/**
 * Every error of a django-helpdesk endpoint in DRF's shapes and texts: {@code {"field": ["message"]}} with 400,
 * {@code {"detail": "..."}} otherwise. Domain field names and messages become the serializer's.
 */
@RestControllerAdvice(basePackageClasses = DjangoHelpdeskErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(DjangoHelpdeskErrorAdvice.class);

    /** Set by a controller whose wire names differ from the ticket serializer's ({@code new_status}). */
    static final String FIELD_NAMES = DjangoHelpdeskErrorAdvice.class.getName() + ".names";

    private static final Map<String, String> TICKET_FIELDS = Map.of(
            "assigneeId", "assigned_to",
            "projectId", "queue",
            "requesterId", "submitter_email",
            "dueDate", "due_date",
            "firstName", "first_name",
            "lastName", "last_name",
            "content", "comment",
            "minutes", "time_spent",
            "file", "attachments");

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, HttpServletRequest request) {
        return switch (e.code()) {
            case INVALID -> invalid(e, request);
            case UNAUTHENTICATED ->
                DrfErrors.unauthorized(
                        DjangoHelpdeskDialect.unauthorizedDetail(request), DjangoHelpdeskDialect.CHALLENGE);
            case FORBIDDEN -> DrfErrors.detail(HttpStatus.FORBIDDEN, DrfErrors.defaultMessage(403));
            case NOT_FOUND -> DrfErrors.detail(HttpStatus.NOT_FOUND, DrfErrors.defaultMessage(404));
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

    /** A non-numeric id in the path: DRF's lookup finds nothing. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return DrfErrors.detail(HttpStatus.NOT_FOUND, DrfErrors.defaultMessage(404));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException e, HttpServletRequest request) {
        return DrfErrors.unauthorized(
                DjangoHelpdeskDialect.unauthorizedDetail(request), DjangoHelpdeskDialect.CHALLENGE);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return DrfErrors.detail(HttpStatus.FORBIDDEN, DrfErrors.defaultMessage(403));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return DjangoHelpdeskDialect.methodNotAllowed(
                e.getMethod(),
                e.getSupportedHttpMethods().stream().map(Object::toString).toList());
    }

    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<Object> framework(Exception e) {
        return e instanceof ErrorResponse error ? DrfErrors.framework(error) : unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("django-helpdesk request failed", e);
        return DrfErrors.detail(HttpStatus.INTERNAL_SERVER_ERROR, "A server error occurred.");
    }

    private static ResponseEntity<Object> invalid(DomainException e, HttpServletRequest request) {
        if (e.details().isEmpty()) {
            return DrfErrors.invalid(e, f -> f);
        }
        JsonNode sent = (JsonNode) request.getAttribute(DjangoHelpdeskBodies.BODY);
        @SuppressWarnings("unchecked")
        Map<String, String> names = (Map<String, String>) request.getAttribute(FIELD_NAMES);
        Map<String, List<String>> body = new LinkedHashMap<>();
        for (FieldError error : e.details()) {
            String field = wireName(error.field(), names);
            body.computeIfAbsent(field, f -> new ArrayList<>()).add(message(field, error.message(), sent));
        }
        return ResponseEntity.badRequest().body(body);
    }

    static String wireName(String field, Map<String, String> names) {
        if (names != null && names.containsKey(field)) {
            return names.get(field);
        }
        if (field.startsWith("customFields.")) {
            return DjangoHelpdeskCustomFields.PREFIX + field.substring("customFields.".length());
        }
        return TICKET_FIELDS.getOrDefault(field, field);
    }

    /** The serializer's words for what the domain refused. */
    private static String message(String field, String domainMessage, JsonNode sent) {
        JsonNode value = sent == null ? null : sent.get(field);
        String shown = value == null ? "" : value.isString() ? value.stringValue() : value.toString();
        if (domainMessage.equals("is required") || domainMessage.equals("must not be blank")) {
            return DrfFields.REQUIRED;
        }
        if (domainMessage.equals("is already taken")) {
            return "A user with that " + field + " already exists.";
        }
        if (domainMessage.startsWith("must be at least") && field.equals("password")) {
            return "This password is too short. It must contain at least 8 characters.";
        }
        if (domainMessage.startsWith("must be a valid e-mail")) {
            return "Enter a valid email address.";
        }
        if ((field.equals("queue") || field.equals("assigned_to") || field.equals("ticket")) && value != null) {
            return "Invalid pk \"" + shown + "\" - object does not exist.";
        }
        if (field.startsWith(DjangoHelpdeskCustomFields.PREFIX) && domainMessage.startsWith("must be one of")) {
            return "\"" + shown + "\" is not a valid choice.";
        }
        if (field.startsWith(DjangoHelpdeskCustomFields.PREFIX) && domainMessage.equals("must be a whole number")) {
            return "A valid integer is required.";
        }
        return domainMessage.isEmpty()
                ? domainMessage
                : Character.toUpperCase(domainMessage.charAt(0)) + domainMessage.substring(1) + ".";
    }
}
