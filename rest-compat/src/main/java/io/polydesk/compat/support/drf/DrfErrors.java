package io.polydesk.compat.support.drf;

import io.polydesk.compat.support.RequestBodyTooLarge;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Django REST Framework's error bodies: {@code {"field": ["message"]}} with 400 for validation and
 * {@code {"detail": "..."}} for everything else, in DRF's own words.
 */
public final class DrfErrors {

    private DrfErrors() {}

    public static ResponseEntity<Object> detail(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(new DrfDetail(message));
    }

    public static ResponseEntity<Object> unauthorized(String message, String challenge) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .body(new DrfDetail(message));
    }

    public static ResponseEntity<Object> rejected(RequestRejected e) {
        return e.fieldErrors().isEmpty()
                ? detail(e.status(), e.getMessage())
                : ResponseEntity.status(e.status()).body(e.fieldErrors());
    }

    /** A domain validation failure, the domain's field names rewritten by {@code wireName}. */
    public static ResponseEntity<Object> invalid(DomainException e, UnaryOperator<String> wireName) {
        Map<String, List<String>> body = new LinkedHashMap<>();
        if (e.details().isEmpty()) {
            body.put("non_field_errors", List.of(e.getMessage()));
        }
        for (FieldError error : e.details()) {
            body.computeIfAbsent(wireName.apply(error.field()), f -> new ArrayList<>())
                    .add(error.message());
        }
        return ResponseEntity.badRequest().body(body);
    }

    /** A body that could not be read: 413 when it was too large, else DRF's parse error. */
    public static ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        if (RequestBodyTooLarge.causedBy(e)) {
            return detail(HttpStatus.CONTENT_TOO_LARGE, "Request body is larger than this server accepts.");
        }
        Throwable cause = e.getMostSpecificCause();
        String reason = cause instanceof JacksonException jackson
                ? jackson.getOriginalMessage()
                : "the request body is missing or is not JSON";
        return detail(HttpStatus.BAD_REQUEST, "JSON parse error - " + reason);
    }

    /** Spring MVC's own refusals (wrong method, media type, unknown path), with their headers, in DRF's words. */
    public static ResponseEntity<Object> framework(ErrorResponse error) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(error.getHeaders());
        return ResponseEntity.status(error.getStatusCode())
                .headers(headers)
                .body(new DrfDetail(frameworkMessage(error)));
    }

    /** DRF's wording for a status when nothing more specific is known. */
    public static String defaultMessage(int status) {
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            return "Authentication credentials were not provided.";
        }
        if (status == HttpStatus.FORBIDDEN.value()) {
            return "You do not have permission to perform this action.";
        }
        if (status == HttpStatus.NOT_FOUND.value()) {
            return "Not found.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status + "." : known.getReasonPhrase() + ".";
    }

    private static String frameworkMessage(ErrorResponse error) {
        if (error instanceof HttpRequestMethodNotSupportedException m) {
            return "Method \"" + m.getMethod() + "\" not allowed.";
        }
        if (error instanceof HttpMediaTypeNotSupportedException m) {
            return "Unsupported media type \"" + m.getContentType() + "\" in request.";
        }
        if (error instanceof HttpMediaTypeNotAcceptableException) {
            return "Could not satisfy the request Accept header.";
        }
        if (error instanceof NoResourceFoundException) {
            return "Not found.";
        }
        String detail = error.getBody().getDetail();
        return detail != null
                ? detail
                : HttpStatus.valueOf(error.getStatusCode().value()).getReasonPhrase();
    }
}
