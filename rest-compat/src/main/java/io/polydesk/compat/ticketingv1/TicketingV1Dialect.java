package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.BasePath;
import io.polydesk.compat.support.BasePathDialect;
import io.polydesk.compat.support.Challenges;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonResponses;
import io.polydesk.compat.support.RateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Ticketing Platform API as the application sees it: everything below its base path, the login call open to
 * anonymous clients, 100 requests a minute, and the document's error envelope for every early refusal.
 */
@Component
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingV1Dialect extends BasePathDialect {

    static final String NAME = "ticketing-v1";
    static final String PROPERTIES = "polydesk.compat." + NAME;
    static final String LOGIN = "/auth/login";

    private static final RateLimit LIMIT = new RateLimit(100, 100, Duration.ofMinutes(1));

    private final JsonMapper json;

    TicketingV1Dialect(TicketingV1Properties properties, JsonMapper json) {
        super(NAME, properties.basePath(), LIMIT);
        this.json = json;
    }

    /**
     * A link to {@code path} below the base path the client called: the second base path when the request came
     * in on it ({@link TicketingSecondBasePath}), the configured one otherwise.
     */
    String link(HttpServletRequest request, String path) {
        Object second = request.getAttribute(TicketingSecondBasePath.CALLED_BASE);
        return second instanceof BasePath called
                ? called.link(request, path)
                : basePath().link(request, path);
    }

    @Override
    public boolean isPublic(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && LOGIN.equals(basePath().remainder(request));
    }

    @Override
    public void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, Challenges.BASIC_OR_BEARER);
        }
        String text = message == null || message.isBlank() ? TicketingErrors.defaultMessage(status) : message;
        JsonResponses.write(
                response, json, status, TicketingErrors.body(TicketingErrors.code(status), text, List.of()));
    }

    @Override
    public ResponseEntity<?> unmatched(Exception failure) {
        if (failure instanceof ErrorResponse error) {
            int status = error.getStatusCode().value();
            return ResponseEntity.status(status)
                    .headers(error.getHeaders())
                    .body(TicketingErrors.body(
                            TicketingErrors.code(status), TicketingErrors.defaultMessage(status), List.of()));
        }
        return TicketingErrors.of(HttpStatus.NOT_FOUND, "not_found", TicketingErrors.defaultMessage(404), List.of());
    }
}
