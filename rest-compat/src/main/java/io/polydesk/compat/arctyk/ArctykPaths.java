package io.polydesk.compat.arctyk;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which requests are Arctyk's, and Arctyk's own links. The jitbit dialect shares {@code /api}, so only
 * Arctyk's resource paths in exactly their documented (lower) case belong here.
 */
@Component
@ConditionalOnArctyk
class ArctykPaths {

    private static final List<String> RESOURCES = List.of("/tickets", "/projects", "/assets");

    private final String basePath;

    ArctykPaths(ArctykProperties properties) {
        this.basePath = properties.basePath();
    }

    boolean owns(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(basePath)) {
            return false;
        }
        String rest = path.substring(basePath.length());
        return RESOURCES.stream().anyMatch(r -> rest.equals(r) || rest.startsWith(r + "/"));
    }

    /**
     * A relative link to another page of the ticket list, keeping every other query parameter as the client
     * sent it. Page 1 drops the {@code page} parameter, as DRF does.
     */
    String ticketPage(HttpServletRequest request, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getContextPath() + basePath + "/tickets/")
                .query(request.getQueryString());
        if (page == 1) {
            link.replaceQueryParam("page");
        } else {
            link.replaceQueryParam("page", page);
        }
        return link.build().toUriString();
    }
}
