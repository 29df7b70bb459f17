package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.Challenges;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestBodyTooLarge;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import jakarta.servlet.ServletException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of a Ticketing Platform endpoint in the document's envelope. Field validation is 422
 * {@code validation_error}; a body that is not JSON of the expected shape is 400 {@code invalid_input}.
 */
@RestControllerAdvice(basePackageClasses = TicketingErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(TicketingErrorAdvice.class);

    /** The domain's names for fields whose wire names are not just the snake case of them. */
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "assigneeId", "assigned_to",
            "requesterId", "created_by",
            "filter.text", "q",
            "size", "per_page",
            "file", "attachments",
            "fileName", "attachments",
            // This API signs in by e-mail, which is also the username of the users it registers.
            "username", "email",
            "firstName", "name",
            "lastName", "name");

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return switch (e.code()) {
            case UNAUTHENTICATED ->
                ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, Challenges.BASIC_OR_BEARER)
                        .body(TicketingErrors.body("invalid_credentials", e.getMessage(), List.of()));
            case INVALID ->
                TicketingErrors.of(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "validation_error",
                        "The request data failed validation",
                        onTheWire(e.details()));
            case FORBIDDEN -> TicketingErrors.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), List.of());
            case NOT_FOUND -> TicketingErrors.of(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), List.of());
            case CONFLICT ->
                TicketingErrors.of(HttpStatus.CONFLICT, "conflict", e.getMessage(), onTheWire(e.details()));
        };
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Object> rejected(RequestRejected e) {
        List<FieldError> details = e.fieldErrors().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(m -> new FieldError(entry.getKey(), m)))
                .toList();
        String message = details.isEmpty() ? e.getMessage() : "The request data is invalid";
        return TicketingErrors.of(e.status(), TicketingErrors.code(e.status().value()), message, details);
    }

    /** The domain's field errors in wire names, once each (two domain fields may share one wire field). */
    static List<FieldError> onTheWire(List<FieldError> details) {
        return details.stream().map(TicketingErrorAdvice::onTheWire).distinct().toList();
    }

    /** A domain field error with the field's wire name, worded as a sentence about it. */
    static FieldError onTheWire(FieldError error) {
        String field = wireName(error.field());
        String message = error.message();
        boolean sentence = !message.isEmpty() && Character.isUpperCase(message.charAt(0));
        return new FieldError(field, sentence ? message : TicketingVocabulary.label(field) + " " + message);
    }

    /** {@code assigneeId} is {@code assigned_to}, {@code customFields.os} is {@code custom_fields.os}. */
    static String wireName(String field) {
        String mapped = FIELD_NAMES.get(field);
        if (mapped != null) {
            return mapped;
        }
        String name = field.startsWith("filter.") ? field.substring("filter.".length()) : field;
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        String snake = head.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return dot < 0 ? snake : snake + name.substring(dot);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        if (RequestBodyTooLarge.causedBy(e)) {
            return TicketingErrors.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload_too_large",
                    "The request body is larger than this server accepts",
                    List.of());
        }
        return TicketingErrors.of(
                HttpStatus.BAD_REQUEST,
                "invalid_input",
                "The request body is not valid JSON of the expected shape",
                List.of());
    }

    /** Two writers raced past the domain's own uniqueness check; the database kept the first. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e) {
        return TicketingErrors.of(HttpStatus.CONFLICT, "conflict", "The resource already exists", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e) {
        return TicketingErrors.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Send application/json", List.of());
    }

    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<Object> framework(Exception e) {
        if (!(e instanceof ErrorResponse error)) {
            return unexpected(e);
        }
        int status = error.getStatusCode().value();
        return ResponseEntity.status(status)
                .headers(error.getHeaders())
                .body(TicketingErrors.body(
                        TicketingErrors.code(status), TicketingErrors.defaultMessage(status), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Ticketing Platform request failed", e);
        return TicketingErrors.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "An unexpected error occurred", List.of());
    }
}
