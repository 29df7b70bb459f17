package io.polydesk.api.security;

import io.polydesk.api.web.BrowserPages;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The Swagger UI pages that browse the dialects' API documents load every script and style from Polydesk's own
 * WebJar, so they run under the same strict policy as GraphiQL: nothing from another origin, no inline script.
 */
final class ApiDocumentViewer {

    private ApiDocumentViewer() {}

    static HeaderWriter contentSecurityPolicy() {
        return new DelegatingRequestMatcherHeaderWriter(
                new OrRequestMatcher(
                        PathPatternRequestMatcher.pathPattern("/swagger-ui.html"),
                        PathPatternRequestMatcher.pathPattern("/swagger-ui/**")),
                new StaticHeadersWriter("Content-Security-Policy", BrowserPages.CONTENT_SECURITY_POLICY));
    }
}
