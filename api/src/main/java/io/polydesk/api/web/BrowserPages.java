package io.polydesk.api.web;

/** What the pages Polydesk serves to browsers (GraphiQL, the API documents' viewer) share. */
public final class BrowserPages {

    /**
     * Nothing from any other origin, no inline or evaluated script. Inline styles stay allowed because both
     * GraphiQL and Swagger UI set them at run time; fonts and the few images are data URIs. {@code connect-src
     * 'self'} covers the GraphQL endpoint over HTTP and WebSocket and the API documents.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join(
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

    private BrowserPages() {}
}
