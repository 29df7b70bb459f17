package io.polydesk.compat.arctyk;

import io.polydesk.compat.support.BasePathDialect;
import io.polydesk.compat.support.Challenges;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonResponses;
import io.polydesk.compat.support.RateLimit;
import io.polydesk.compat.support.drf.DrfDetail;
import io.polydesk.compat.support.drf.DrfErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Arctyk as the application sees it: its resource paths below the base path, in exactly their documented (lower)
 * case, since the jitbit dialect shares {@code /api}; the document's 1000/hour and 100/hour limits; DRF's
 * {@code {"detail"}} for everything refused before a controller runs.
 */
@Component
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykDialect extends BasePathDialect {

    static final String NAME = "arctyk";
    static final String PROPERTIES = "polydesk.compat." + NAME;

    private static final List<String> RESOURCES = List.of("/tickets", "/projects", "/assets");
    private static final RateLimit LIMIT = new RateLimit(1000, 100, Duration.ofHours(1));

    private final JsonMapper json;

    ArctykDialect(ArctykProperties properties, JsonMapper json) {
        super(NAME, properties.basePath(), LIMIT);
        this.json = json;
    }

    @Override
    public Claim claim(HttpServletRequest request) {
        String rest = basePath().remainder(request);
        return rest != null && RESOURCES.stream().anyMatch(r -> rest.equals(r) || rest.startsWith(r + "/"))
                ? Claim.EXACT
                : Claim.NONE;
    }

    @Override
    public void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, Challenges.BASIC_OR_BEARER);
        }
        JsonResponses.write(
                response,
                json,
                status,
                new DrfDetail(message == null || message.isBlank() ? DrfErrors.defaultMessage(status) : message));
    }

    @Override
    public ResponseEntity<?> unmatched(Exception failure) {
        return failure instanceof ErrorResponse error
                ? DrfErrors.framework(error)
                : DrfErrors.detail(HttpStatus.NOT_FOUND, DrfErrors.defaultMessage(404));
    }
}
