package io.polydesk.compat.djangohelpdesk;

import io.polydesk.domain.attachment.Attachment;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs of Polydesk's download endpoint ({@code /attachments/<id>}, outside the base path, same
 * credentials), as DRF's FileField answers absolute URLs built from the request.
 */
record DownloadLinks(String origin) {

    static DownloadLinks of(HttpServletRequest request) {
        return new DownloadLinks(ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString());
    }

    String of(Attachment attachment) {
        return origin + "/attachments/" + attachment.id();
    }
}
