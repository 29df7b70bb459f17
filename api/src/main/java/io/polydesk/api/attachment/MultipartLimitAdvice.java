package io.polydesk.api.attachment;

import io.polydesk.api.security.SurfaceErrorResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * 413 for a multipart request over the servlet's limits, 400 for one that cannot be parsed (no boundary, cut
 * short). The servlet fails while parsing, before any controller is chosen, so no controller-scoped advice sees
 * it; the answer takes the shape of the surface the path belongs to.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MultipartLimitAdvice {

    private final SurfaceErrorResponses errors;

    MultipartLimitAdvice(SurfaceErrorResponses errors) {
        this.errors = errors;
    }

    @ExceptionHandler
    void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        errors.write(
                request,
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "The upload is larger than the server accepts",
                "PAYLOAD_TOO_LARGE");
    }

    @ExceptionHandler
    void unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(
                request,
                response,
                HttpServletResponse.SC_BAD_REQUEST,
                "The request is not a readable multipart body",
                "BAD_REQUEST");
    }
}
