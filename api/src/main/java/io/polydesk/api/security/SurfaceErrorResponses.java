package io.polydesk.api.security;

import io.polydesk.compat.support.Challenges;
import io.polydesk.compat.support.Dialect;
import io.polydesk.compat.support.Dialects;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what is refused before any controller runs (401 and 403 from security, 413 from the size limits, 429
 * from the rate limiter) in the shape of the surface the request belongs to: the owning dialect's, GraphQL's
 * {@code errors[]}, or a plain JSON error elsewhere.
 */
@Component
public class SurfaceErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Dialects dialects;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String graphqlPath;

    SurfaceErrorResponses(Dialects dialects, @Value("${spring.graphql.http.path:/graphql}") String graphqlPath) {
        this.dialects = dialects;
        this.graphqlPath = graphqlPath;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInBlockedException blocked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(blocked.retryAfterSeconds()));
            write(request, response, 429, blocked.getMessage(), "UNAUTHORIZED");
            return;
        }
        String message = e.getMessage() == null || e instanceof InsufficientAuthenticationException
                ? "Authentication credentials were not provided"
                : e.getMessage();
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, message, "UNAUTHORIZED");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "You do not have permission to do this",
                "FORBIDDEN");
    }

    /** Writes an error in the shape of the surface the request belongs to; a 401 carries its challenge. */
    public void write(
            HttpServletRequest request, HttpServletResponse response, int status, String message, String classification)
            throws IOException {
        Optional<Dialect> dialect = dialects.owner(request);
        if (dialect.isPresent()) {
            dialect.get().writeError(request, response, status, message);
            return;
        }
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, Challenges.BASIC_OR_BEARER);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Object body = request.getRequestURI().startsWith(request.getContextPath() + graphqlPath)
                ? Map.of(
                        "errors",
                        List.of(Map.of("message", message, "extensions", Map.of("classification", classification))))
                : Map.of("error", Map.of("code", classification.toLowerCase(), "message", message));
        json.writeValue(response.getOutputStream(), body);
    }
}
