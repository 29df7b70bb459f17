package io.polydesk.api.graphiql;

import io.polydesk.api.web.BrowserPages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the GraphiQL explorer at {@code /graphiql}. Boot's own GraphiQL page loads its scripts from a CDN and
 * stays off; this one loads everything from Polydesk, so it works without internet access. The page needs no
 * credentials: the user types an {@code Authorization} header into GraphiQL's headers editor.
 */
@Controller
class GraphiQlController {

    static final String CONTENT_SECURITY_POLICY = BrowserPages.CONTENT_SECURITY_POLICY;

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final GraphiQlPage page;

    GraphiQlController(
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
            @Value("${spring.graphql.websocket.path:}") String webSocketPath) {
        this.page = new GraphiQlPage(graphQlPath, webSocketPath);
    }

    @GetMapping({"/graphiql", "/graphiql/"})
    ResponseEntity<String> graphiql(HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(page.render(request.getContextPath()));
    }
}
