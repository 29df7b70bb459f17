package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.BasePathDialect;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonResponses;
import io.polydesk.compat.support.RateLimit;
import io.polydesk.compat.support.drf.DrfDetail;
import io.polydesk.compat.support.drf.DrfErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * django-helpdesk as the application sees it: every path below its base path, in exactly the request's case (DRF
 * routes are case-sensitive); 1000 requests an hour per user and 100 per anonymous address; DRF's
 * {@code {"detail"}} bodies and texts for everything refused before a controller runs.
 */
@Component
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskDialect extends BasePathDialect {

    static final String NAME = "django-helpdesk";
    static final String PROPERTIES = "polydesk.compat." + NAME;

    /** DRF's BasicAuthentication challenge ({@code www_authenticate_realm = "api"}). */
    static final String CHALLENGE = "Basic realm=\"api\"";

    private static final RateLimit LIMIT = new RateLimit(1000, 100, Duration.ofHours(1));

    private final JsonMapper json;

    DjangoHelpdeskDialect(DjangoHelpdeskProperties properties, JsonMapper json) {
        super(NAME, properties.basePath(), LIMIT);
        this.json = json;
    }

    /** The API root, and paths without their trailing slash: Django redirects those before any authentication. */
    @Override
    public boolean isPublic(HttpServletRequest request) {
        String rest = basePath().remainder(request);
        if (rest == null) {
            return false;
        }
        boolean safe = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        if (rest.isEmpty() || rest.equals("/") || rest.equals("/.json") || rest.equals("/.json/")) {
            return safe;
        }
        return !rest.endsWith("/") && !rest.contains(".");
    }

    /** DRF parses JSON, form and multipart bodies on every view. */
    @Override
    public boolean acceptsMultipart(HttpServletRequest request) {
        return true;
    }

    @Override
    public void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        String detail = switch (status) {
            case 401 -> {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
                yield unauthorizedDetail(request);
            }
            case 403 -> DrfErrors.defaultMessage(403);
            case 429 -> throttled(response.getHeader(HttpHeaders.RETRY_AFTER));
            case 413 -> "Request body is larger than this server accepts.";
            default -> message == null || message.isBlank() ? DrfErrors.defaultMessage(status) : message;
        };
        JsonResponses.write(response, json, status, new DrfDetail(detail));
    }

    @Override
    public ResponseEntity<?> unmatched(Exception failure) {
        if (failure instanceof HttpRequestMethodNotSupportedException notAllowed) {
            return methodNotAllowed(
                    notAllowed.getMethod(),
                    notAllowed.getSupportedHttpMethods().stream()
                            .map(Object::toString)
                            .toList());
        }
        return failure instanceof ErrorResponse error
                ? DrfErrors.framework(error)
                : DrfErrors.detail(HttpStatus.NOT_FOUND, DrfErrors.defaultMessage(404));
    }

    /** DRF's 405: its text, and {@code Allow} listing HEAD beside GET and OPTIONS always, as DRF's views do. */
    static ResponseEntity<Object> methodNotAllowed(String method, Iterable<String> supported) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String m : supported) {
            allowed.add(m);
            if (m.equals("GET")) {
                allowed.add("HEAD");
            }
        }
        allowed.add("OPTIONS");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .body(new DrfDetail("Method \"" + method + "\" not allowed."));
    }

    /** DRF's words: nothing sent, or what its Basic and Token authentication say of bad credentials. */
    static String unauthorizedDetail(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return DrfErrors.defaultMessage(401);
        }
        return header.regionMatches(true, 0, "Basic", 0, 5) ? "Invalid username/password." : "Invalid token.";
    }

    /** DRF's {@code Throttled} text, singular for one second. */
    static String throttled(String retryAfter) {
        if (retryAfter == null) {
            return "Request was throttled.";
        }
        return "Request was throttled. Expected available in " + retryAfter
                + (retryAfter.equals("1") ? " second." : " seconds.");
    }
}
