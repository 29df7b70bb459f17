package io.polydesk.api.web;

import io.polydesk.api.security.SurfaceErrorResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers 503 with {@code Retry-After} on every surface when a controller could not reach the database. Ahead of
 * the dialects' own advice, which would call it a server error; a failed commit for another reason stays a
 * server error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    private final SurfaceErrorResponses errors;

    DatabaseUnavailableAdvice(SurfaceErrorResponses errors) {
        this.errors = errors;
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        RecoverableDataAccessException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class
    })
    void unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e;
        }
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        write(errors, request, response);
    }

    static void write(SurfaceErrorResponses errors, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        errors.write(request, response, 503, DatabaseUnavailable.MESSAGE, DatabaseUnavailable.CODE);
    }
}
