package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * DRF's DefaultRouter around the viewsets: the API root listing every endpoint by absolute URL, and Django's
 * {@code APPEND_SLASH} for paths sent without their trailing slash.
 */
@RestController
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskRootController {

    static final List<String> ENDPOINTS =
            List.of("tickets", "user_tickets", "followups", "followups-attachments", "users");

    private final DjangoHelpdeskDialect dialect;

    DjangoHelpdeskRootController(DjangoHelpdeskDialect dialect) {
        this.dialect = dialect;
    }

    @GetMapping({"/", "/.json", "/.json/"})
    Map<String, String> root(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .path(dialect.basePath().value())
                .build()
                .toUriString();
        Map<String, String> root = new LinkedHashMap<>();
        for (String endpoint : ENDPOINTS) {
            root.put(endpoint, base + "/" + endpoint + "/");
        }
        return root;
    }

    /**
     * 301 to the slash form for GET and HEAD, as Django answers. Django also answers 301 to other methods, which
     * makes clients repeat them as GET without the body; 308 makes them repeat the same request instead.
     */
    @RequestMapping({
        "",
        "/tickets",
        "/tickets/{id}",
        "/user_tickets",
        "/user_tickets/{id}",
        "/followups",
        "/followups/{id}",
        "/followups-attachments",
        "/followups-attachments/{id}",
        "/users"
    })
    ResponseEntity<Void> appendSlash(HttpServletRequest request) {
        String location = request.getRequestURI() + "/"
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        boolean safe = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        return ResponseEntity.status(safe ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.PERMANENT_REDIRECT)
                .location(URI.create(location))
                .build();
    }
}
