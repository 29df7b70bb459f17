package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseEntity;

/**
 * What the application needs to know of one REST dialect to route, authenticate, limit and refuse its requests
 * without naming it. Each dialect contributes one bean from its own package; security, rate limiting, size limits
 * and unmatched-request handling read these beans, so deleting {@code compat/<dialect>/} removes the dialect.
 */
public interface Dialect {

    /** How strongly a dialect claims a request; the strongest claim wins (see {@link Dialects}). */
    enum Claim {
        NONE,
        /** The path is under the dialect's base path only when case is ignored, as a case-insensitive API matches. */
        IGNORING_CASE,
        /** The dialect owns this path in exactly the request's case. */
        EXACT
    }

    /** Its configuration name: {@code polydesk.compat.<name>.*} and {@code polydesk.rate-limit.surfaces.<name>.*}. */
    String name();

    /** The prefix of every path of the dialect, normalised by {@link BasePath}. */
    BasePath basePath();

    Claim claim(HttpServletRequest request);

    /** Requests that need no credentials, such as a login call. */
    default boolean isPublic(HttpServletRequest request) {
        return false;
    }

    /**
     * Whether a multipart body may reach this request's controller: the dialect's upload calls, or every call
     * where the real system reads parameters from any form. A public request that takes one must carry its own
     * proof (a signature) in the body. Multipart bodies anywhere else are refused with 415
     * before anything reads them, so they can neither escape the body-size limit nor spool to disk.
     */
    default boolean acceptsMultipart(HttpServletRequest request) {
        return false;
    }

    /** The document's limits, used where {@code polydesk.rate-limit.surfaces.<name>} does not override them. */
    RateLimit rateLimit();

    /**
     * The bucket {@code request} is counted in, given the dialect's limits as configured ({@link #rateLimit()} or
     * its override). By default the dialect has one bucket for all its requests.
     */
    default RateLimitBucket rateLimitBucket(HttpServletRequest request, RateLimit configured) {
        return new RateLimitBucket(name(), configured);
    }

    /**
     * Writes an error raised before any of its controllers ran: 401 (with the dialect's own
     * {@code WWW-Authenticate}), 403, 413 or 429. {@code message} may be null when the cause says nothing.
     */
    void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException;

    /** The answer to a request on its paths that no controller took: unknown path, wrong method, media type. */
    ResponseEntity<?> unmatched(Exception failure);
}
