package io.polydesk.api.web;

import io.polydesk.api.security.SurfaceErrorResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The last answer for anything that reached the servlet's error page: a failure outside every controller (a
 * filter, the GraphQL transport, the server refusing a URL) is written in the shape of the surface the request
 * was for, never as Spring's generic error body, and a server error never says more than that it happened.
 */
@Controller
class SurfaceErrorController implements ErrorController {

    private final SurfaceErrorResponses errors;

    SurfaceErrorController(SurfaceErrorResponses errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        HttpStatus known = HttpStatus.resolve(status);
        String message =
                status >= 500 || known == null ? "The server could not answer this request" : known.getReasonPhrase();
        response.resetBuffer();
        errors.write(new OriginalRequest(request), response, status, message, classification(status));
    }

    private static String classification(int status) {
        return switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    /** The request as the client sent it, so the surface is chosen by its path, not by the error page's. */
    private static final class OriginalRequest extends HttpServletRequestWrapper {

        OriginalRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            Object uri = getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String original ? original : super.getRequestURI();
        }

        @Override
        public String getServletPath() {
            Object uri = getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String original
                    ? original.substring(getContextPath().length())
                    : super.getServletPath();
        }
    }
}
