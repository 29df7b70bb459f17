package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A surface's own way of saying no before any controller runs: 401 and 403 from security, 413 for an
 * oversized body. Each dialect contributes one bean; the application asks each whether the request is theirs.
 */
public interface SecurityErrorWriter {

    /** Whether this request belongs to this surface. */
    boolean matches(HttpServletRequest request);

    /** Writes status and body; for a 401 the {@code WWW-Authenticate} header is already set. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException;
}
