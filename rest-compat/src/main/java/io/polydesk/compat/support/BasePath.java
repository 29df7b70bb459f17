package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A dialect's configured base path, normalised once ({@code "api/"}, {@code "/api"} and {@code "/api/"} are all
 * {@code /api}; {@code "/"} is the root, the empty prefix), so routing, links and every filter agree on it.
 */
public record BasePath(String value) {

    public BasePath {
        value = normalise(value);
    }

    public static BasePath of(String configured) {
        return new BasePath(configured);
    }

    /** The request's path below this base path, in the request's case; null when the request is not below it. */
    public String remainder(HttpServletRequest request) {
        String path = pathOf(request);
        return below(path, value) ? path.substring(value.length()) : null;
    }

    /** As {@link #remainder}, comparing the base path without regard to case. */
    public String remainderIgnoringCase(HttpServletRequest request) {
        String path = pathOf(request);
        return below(path.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))
                ? path.substring(value.length())
                : null;
    }

    /** A link to {@code path} below this base path, as the client reaches it (context path included). */
    public String link(HttpServletRequest request, String path) {
        return request.getContextPath() + value + path;
    }

    private static boolean below(String path, String base) {
        return path.startsWith(base) && (path.length() == base.length() || path.charAt(base.length()) == '/');
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String normalise(String path) {
        String p = path == null ? "" : path.strip();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals("/") ? "" : p;
    }

    @Override
    public String toString() {
        return value;
    }
}
