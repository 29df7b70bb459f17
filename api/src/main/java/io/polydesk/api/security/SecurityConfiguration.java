package io.polydesk.api.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.polydesk.api.ratelimit.BucketStore;
import io.polydesk.api.ratelimit.RateLimitFilter;
import io.polydesk.api.ratelimit.RateLimitProperties;
import io.polydesk.compat.support.Dialects;
import io.polydesk.domain.user.LockoutPolicy;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * One stateless chain for every surface. GraphQL is open at the HTTP level because its {@code login} mutation
 * needs no credentials; each operation asks the domain, which refuses anonymous callers itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            CredentialAuthenticator authenticator,
            SurfaceErrorResponses errors,
            RateLimitProperties rateLimits,
            BucketStore buckets,
            Dialects dialects,
            CorsProperties cors,
            MeterRegistry meters,
            @Value("${spring.graphql.http.path:/graphql}") String graphqlPath)
            throws Exception {
        http.cors(c -> c.configurationSource(corsSource(cors)))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.GET,
                                "/graphiql",
                                "/graphiql/**",
                                "/webjars/**",
                                "/favicon.ico",
                                graphqlPath + "/schema.graphqls",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(graphqlPath)
                        .permitAll()
                        .requestMatchers(dialects::isPublic)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .headers(h -> h.addHeaderWriter(ApiDocumentViewer.contentSecurityPolicy()))
                .addFilterBefore(new CredentialsFilter(authenticator, errors), AnonymousAuthenticationFilter.class);
        if (rateLimits.enabled()) {
            http.addFilterAfter(
                    new RateLimitFilter(rateLimits, dialects, buckets, errors, meters), CredentialsFilter.class);
            http.addFilterAfter(new RejectedCredentialsFilter(errors), RateLimitFilter.class);
        } else {
            http.addFilterAfter(new RejectedCredentialsFilter(errors), CredentialsFilter.class);
        }
        return http.build();
    }

    /** The listed origins may call every surface from a browser, with the headers its answers carry. */
    private static CorsConfigurationSource corsSource(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOriginPatterns(properties.allowedOrigins());
            cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-Match"));
            cors.setExposedHeaders(List.of(
                    "X-RateLimit-Limit",
                    "X-RateLimit-Remaining",
                    "X-RateLimit-Reset",
                    "Retry-After",
                    "Location",
                    "Content-Disposition",
                    "WWW-Authenticate"));
            cors.setAllowCredentials(false);
            cors.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }

    @Bean
    LockoutPolicy lockoutPolicy(LockoutProperties properties) {
        return properties.policy();
    }

    /**
     * URLs the firewall refuses (a {@code ;}, {@code //}, an encoded {@code ..}) are a 400 in the shape of the surface
     * they were sent to, not the server's generic error body.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(SurfaceErrorResponses errors) {
        return (request, response, rejected) -> errors.write(
                request, response, HttpServletResponse.SC_BAD_REQUEST, rejected.getMessage(), "BAD_REQUEST");
    }
}
