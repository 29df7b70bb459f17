package io.polydesk.api.security;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The Swagger UI pages that browse the dialects' API documents load every script and style from Polydesk's own
 * WebJar, so they run under the same strict policy as GraphiQL: nothing from another origin, no inline script.
 * Inline styles stay allowed because Swagger UI sets them on its elements at run time.
 */
final class ApiDocumentViewer {

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

    private ApiDocumentViewer() {}

    static HeaderWriter contentSecurityPolicy() {
        return new DelegatingRequestMatcherHeaderWriter(
                new OrRequestMatcher(
                        PathPatternRequestMatcher.pathPattern("/swagger-ui.html"),
                        PathPatternRequestMatcher.pathPattern("/swagger-ui/**")),
                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY));
    }
}
