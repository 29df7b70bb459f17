package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestBodyTooLarge;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import jakarta.servlet.ServletException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return switch (e.code()) {
            case UNAUTHENTICATED ->
                TicketingErrors.of(HttpStatus.UNAUTHORIZED, "invalid_credentials", e.getMessage(), List.of());
            case INVALID ->
                TicketingErrors.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_error", e.getMessage(), e.details());
            case FORBIDDEN -> TicketingErrors.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), List.of());
            case NOT_FOUND -> TicketingErrors.of(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), List.of());
            case CONFLICT -> TicketingErrors.of(HttpStatus.CONFLICT, "conflict", e.getMessage(), List.of());
        };
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Object> rejected(RequestRejected e) {
        List<FieldError> details = e.fieldErrors().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(m -> new FieldError(entry.getKey(), m)))
                .toList();
        return TicketingErrors.of(e.status(), TicketingErrors.code(e.status().value()), e.getMessage(), details);
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
