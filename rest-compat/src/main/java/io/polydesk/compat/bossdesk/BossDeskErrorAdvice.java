package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestBodyTooLarge;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error of a BOSSDesk endpoint as Rails answers it: 422 {@code {"errors": {"field": ["message"]}}} with
 * Rails' default messages and BOSSDesk's field names, {@code base} for whatever is not about one field.
 */
@RestControllerAdvice(basePackageClasses = BossDeskErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(BossDeskErrorAdvice.class);

    /** The domain's names for fields whose BOSSDesk names are not just the snake case of them. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("assigneeId", "agent_id"),
            Map.entry("projectId", "category_id"),
            Map.entry("priority", "priority_id"),
            Map.entry("status", "extended_status_id"),
            Map.entry("tags", "tag_ids"),
            Map.entry("minutes", "duration"),
            Map.entry("jobTitle", "designation"),
            Map.entry("content", "body"),
            Map.entry("internal", "is_public"),
            Map.entry("statusId", "status_id"),
            Map.entry("manufacturerId", "manufacturer_id"),
            Map.entry("userIds", "user_ids"),
            Map.entry("assetTag", "control_number"));

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        return switch (e.code()) {
            case INVALID -> BossDeskErrors.of(HttpStatus.UNPROCESSABLE_CONTENT, fieldErrors(e.details()));
            case UNAUTHENTICATED -> BossDeskErrors.base(HttpStatus.UNAUTHORIZED, BossDeskErrors.defaultMessage(401));
            case FORBIDDEN -> BossDeskErrors.base(HttpStatus.FORBIDDEN, e.getMessage());
            case NOT_FOUND -> BossDeskErrors.base(HttpStatus.NOT_FOUND, BossDeskErrors.defaultMessage(404));
            case CONFLICT -> BossDeskErrors.base(HttpStatus.CONFLICT, e.getMessage());
        };
    }

    /** Field errors of the readers are validation (422); a request refused as a whole keeps its status. */
    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Object> rejected(RequestRejected e) {
        if (e.fieldErrors().isEmpty()) {
            return BossDeskErrors.base(e.status(), e.getMessage());
        }
        HttpStatus status = e.status() == HttpStatus.BAD_REQUEST ? HttpStatus.UNPROCESSABLE_CONTENT : e.status();
        return BossDeskErrors.of(status, e.fieldErrors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        if (RequestBodyTooLarge.causedBy(e)) {
            return BossDeskErrors.base(HttpStatus.CONTENT_TOO_LARGE, BossDeskErrors.defaultMessage(413));
        }
        return BossDeskErrors.base(HttpStatus.BAD_REQUEST, "the request body is not valid JSON");
    }

    /** A {@code friendly_id} that is no number names nothing, as Rails' {@code find_by!} finds nothing. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return BossDeskErrors.base(HttpStatus.NOT_FOUND, BossDeskErrors.defaultMessage(404));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> uploadTooLarge(MaxUploadSizeExceededException e) {
        return BossDeskErrors.base(HttpStatus.CONTENT_TOO_LARGE, BossDeskErrors.defaultMessage(413));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException e) {
        return BossDeskErrors.base(HttpStatus.BAD_REQUEST, "the upload is not a valid multipart form");
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException e) {
        return BossDeskErrors.base(HttpStatus.UNAUTHORIZED, BossDeskErrors.defaultMessage(401));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return BossDeskErrors.base(HttpStatus.FORBIDDEN, BossDeskErrors.defaultMessage(403));
    }

    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<Object> framework(Exception e) {
        if (!(e instanceof ErrorResponse error)) {
            return unexpected(e);
        }
        int status = error.getStatusCode().value();
        return ResponseEntity.status(status)
                .headers(error.getHeaders())
                .body(BossDeskErrors.base(BossDeskErrors.defaultMessage(status)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("BOSSDesk request failed", e);
        return BossDeskErrors.base(HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong");
    }

    static Map<String, List<String>> fieldErrors(List<FieldError> details) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldError d : details) {
            String field = fieldName(d.field());
            String message = field.equals("base") ? d.message() : railsMessage(d.message());
            errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
        return errors;
    }

    /** {@code assigneeId} is {@code agent_id}, {@code customFields.cost} is {@code custom_fields}. */
    static String fieldName(String field) {
        if (field.startsWith("customFields")) {
            return "custom_fields";
        }
        String mapped = FIELD_NAMES.get(field);
        if (mapped != null) {
            return mapped;
        }
        String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /** Rails' wording: blanks "can't be blank", duplicates "has already been taken", the rest "is invalid". */
    static String railsMessage(String message) {
        String m = message.toLowerCase();
        if (m.contains("blank")
                || m.contains("is required")
                || m.contains("must be set")
                || m.contains("must not be null")) {
            return BossDeskErrors.BLANK;
        }
        if (m.contains("already taken") || m.contains("already exists")) {
            return BossDeskErrors.TAKEN;
        }
        return BossDeskErrors.INVALID;
    }
}
