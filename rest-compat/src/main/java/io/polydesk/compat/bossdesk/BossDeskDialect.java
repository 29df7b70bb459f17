package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.BasePathDialect;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonResponses;
import io.polydesk.compat.support.RateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * BOSSDesk as the application sees it: everything below its base path, the signed upload target and download
 * links open to the signature they carry, Rails' token challenge on a 401 and {@code {"errors": {"base": [...]}}} for every early
 * refusal.
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskDialect extends BasePathDialect {

    static final String NAME = "bossdesk";
    static final String PROPERTIES = "polydesk.compat." + NAME;
    static final String UPLOADS = "/uploads";

    /** The document names no limit; this is generous for scripts and still stops a runaway loop. */
    private static final RateLimit LIMIT = new RateLimit(600, 60, Duration.ofMinutes(1));

    private final JsonMapper json;

    BossDeskDialect(BossDeskProperties properties, JsonMapper json) {
        super(NAME, properties.basePath(), LIMIT);
        this.json = json;
    }

    @Override
    public boolean isPublic(HttpServletRequest request) {
        return isSigned(request);
    }

    /** The file of the two-step upload arrives as S3's POST does: a multipart form whose fields carry its right. */
    @Override
    public boolean acceptsMultipart(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && UPLOADS.equals(basePath().remainder(request));
    }

    private boolean isSigned(HttpServletRequest request) {
        // The upload target and the download links are authorised by their signed, expiring fields, as S3's are.
        String rest = basePath().remainder(request);
        return rest != null
                && (HttpMethod.POST.matches(request.getMethod()) && UPLOADS.equals(rest)
                        || HttpMethod.GET.matches(request.getMethod()) && rest.startsWith(BossDeskFiles.FILES));
    }

    @Override
    public void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BossDeskErrors.CHALLENGE);
        }
        // Security's messages speak of other schemes; the dialect answers in its own words.
        JsonResponses.write(response, json, status, BossDeskErrors.base(BossDeskErrors.defaultMessage(status)));
    }

    @Override
    public ResponseEntity<?> unmatched(Exception failure) {
        if (failure instanceof ErrorResponse error) {
            int status = error.getStatusCode().value();
            return ResponseEntity.status(status)
                    .headers(error.getHeaders())
                    .body(BossDeskErrors.base(BossDeskErrors.defaultMessage(status)));
        }
        return BossDeskErrors.base(HttpStatus.NOT_FOUND, BossDeskErrors.defaultMessage(404));
    }
}
