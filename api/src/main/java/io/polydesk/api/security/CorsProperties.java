package io.polydesk.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser frontends on other origins, under {@code polydesk.http.cors}. None are allowed unless listed; a frontend
 * sends its credentials in the {@code Authorization} header, never as a cookie, so credentials are never allowed.
 *
 * @param allowedOrigins origins such as {@code https://desk.example.com}; patterns such as
 *     {@code https://*.example.com} too
 */
@ConfigurationProperties("polydesk.http.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
