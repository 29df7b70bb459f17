package io.polydesk.api.graphiql;

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

    /**
     * Nothing from any other origin, no inline or evaluated script. Inline styles stay allowed because
     * GraphiQL's dialogs add {@code <style>} elements at run time; fonts and the few images are data URIs.
     * {@code connect-src 'self'} covers the GraphQL endpoint over HTTP and WebSocket.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");

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
