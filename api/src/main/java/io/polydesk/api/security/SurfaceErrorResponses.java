package io.polydesk.api.security;

import io.polydesk.compat.support.SecurityErrorWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
 * Answers 401 and 403 raised before any controller runs in the shape of the surface the request belongs to:
 * each dialect's writer, GraphQL's {@code errors[]}, or a plain JSON error elsewhere.
 */
@Component
public class SurfaceErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Basic realm=\"Polydesk\", Bearer realm=\"Polydesk\"";

    private final List<SecurityErrorWriter> writers;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String graphqlPath;

    SurfaceErrorResponses(
            List<SecurityErrorWriter> writers, @Value("${spring.graphql.http.path:/graphql}") String graphqlPath) {
        this.writers = writers;
        this.graphqlPath = graphqlPath;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
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

    /** Writes an error in the shape of the surface the request belongs to. */
    public void write(
            HttpServletRequest request, HttpServletResponse response, int status, String message, String classification)
            throws IOException {
        for (SecurityErrorWriter writer : writers) {
            if (writer.matches(request)) {
                writer.write(request, response, status, message);
                return;
            }
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
