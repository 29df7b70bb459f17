package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A surface's own way of saying 401 or 403 when security refuses a request before any controller runs.
 * Each dialect contributes one bean; the security layer asks each whether the request is theirs.
 */
public interface SecurityErrorWriter {

    /** Whether this request belongs to this surface. */
    boolean matches(HttpServletRequest request);

    /** Writes status and body; the security layer has already set {@code WWW-Authenticate} for a 401. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException;
}
