package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.BasePath;
import io.polydesk.compat.support.BasePathDialect;
import io.polydesk.compat.support.Challenges;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonResponses;
import io.polydesk.compat.support.RateLimit;
import io.polydesk.compat.support.RateLimitBucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jitbit as the application sees it: every path below its base path (or the optional second one), matched
 * ignoring case, so a dialect owning a path in exactly the request's case (Arctyk's {@code /api/tickets}) wins;
 * 90 calls a minute counted per method, {@code Search} and {@code UserByEmail} 60.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitDialect extends BasePathDialect {

    static final String NAME = "jitbit";
    static final String PROPERTIES = "polydesk.compat." + NAME;

    private static final RateLimit LIMIT = new RateLimit(90, 90, Duration.ofMinutes(1));
    private static final Set<String> SLOWER_METHODS = Set.of("search", "userbyemail");

    private final List<BasePath> basePaths;
    private final JsonMapper json;

    JitbitDialect(JitbitProperties properties, JsonMapper json) {
        super(NAME, properties.basePath(), LIMIT);
        List<BasePath> paths = new ArrayList<>(List.of(basePath()));
        if (properties.secondBasePath() != null && !properties.secondBasePath().isBlank()) {
            paths.add(BasePath.of(properties.secondBasePath()));
        }
        this.basePaths = List.copyOf(paths);
        this.json = json;
    }

    @Override
    public Claim claim(HttpServletRequest request) {
        return remainder(request) != null ? Claim.IGNORING_CASE : Claim.NONE;
    }

    /** The path below whichever base path the request is under, in the request's case; null when none. */
    String remainder(HttpServletRequest request) {
        for (BasePath base : basePaths) {
            String rest = base.remainderIgnoringCase(request);
            if (rest != null) {
                return rest;
            }
        }
        return null;
    }

    /** The method a request calls: the first path segment below the base path, in lower case. */
    String method(HttpServletRequest request) {
        String rest = remainder(request);
        if (rest == null) {
            return "";
        }
        String trimmed = rest.startsWith("/") ? rest.substring(1) : rest;
        int slash = trimmed.indexOf('/');
        return (slash < 0 ? trimmed : trimmed.substring(0, slash)).toLowerCase(Locale.ROOT);
    }

    /** Jitbit reads every parameter alike from the query string, a form or a multipart body. */
    @Override
    public boolean acceptsMultipart(HttpServletRequest request) {
        return true;
    }

    /**
     * One bucket per method. {@code Search} and {@code UserByEmail} get two thirds of the configured limit, as 60 is
     * of the document's 90, so an override of the dialect's numbers keeps their proportion.
     */
    @Override
    public RateLimitBucket rateLimitBucket(HttpServletRequest request, RateLimit configured) {
        String method = method(request);
        if (!SLOWER_METHODS.contains(method)) {
            return new RateLimitBucket(method, configured);
        }
        return new RateLimitBucket(
                method,
                new RateLimit(
                        twoThirds(configured.authenticated()), twoThirds(configured.anonymous()), configured.period()));
    }

    private static long twoThirds(long count) {
        return Math.max(1, count * 2 / 3);
    }

    @Override
    public void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, Challenges.BASIC_OR_BEARER);
        }
        JsonResponses.write(response, json, status, JitbitErrors.text(status, message));
    }

    @Override
    public ResponseEntity<?> unmatched(Exception failure) {
        if (failure instanceof ErrorResponse error) {
            int status = error.getStatusCode().value();
            return ResponseEntity.status(status)
                    .headers(error.getHeaders())
                    .body(JitbitErrors.body(JitbitErrors.text(status, null)));
        }
        return JitbitErrors.of(HttpStatus.NOT_FOUND, JitbitErrors.text(404, null));
    }
}
