package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.ErrorDetail;
import io.polydesk.compat.support.SecurityErrorWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes what the application refuses before any Arctyk controller runs (401, 403, 413) as
 * {@code {"detail": ...}}.
 */
@Component
@ConditionalOnArctyk
class ArctykSecurityErrorWriter implements SecurityErrorWriter {

    private final ArctykPaths paths;
    private final ObjectMapper json;

    ArctykSecurityErrorWriter(ArctykPaths paths, ObjectMapper json) {
        this.paths = paths;
        this.json = json;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return paths.owns(request);
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getOutputStream(),
                new ErrorDetail(message == null || message.isBlank() ? defaultMessage(status) : message));
    }

    /** Django REST Framework's own wording, for when security gives no message. */
    private static String defaultMessage(int status) {
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            return "Authentication credentials were not provided.";
        }
        if (status == HttpStatus.FORBIDDEN.value()) {
            return "You do not have permission to perform this action.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status + "." : known.getReasonPhrase() + ".";
    }
}
