package io.polydesk.api.security;

import io.polydesk.domain.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the Authorization header of every request. Wrong credentials end the request with a 401, answered by
 * {@link RejectedCredentialsFilter} once the rate limiter has counted the request (as anonymous), so that the 401
 * carries the {@code X-RateLimit-*} headers like every other answer.
 */
class CredentialsFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link AuthenticationException} of credentials that were refused. */
    static final String REJECTED = CredentialsFilter.class.getName() + ".rejected";

    private final CredentialAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    CredentialsFilter(CredentialAuthenticator authenticator, AuthenticationEntryPoint entryPoint) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor;
        try {
            actor = authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION), request.getRemoteAddr());
        } catch (AuthenticationException e) {
            contexts.clearContext();
            request.setAttribute(REJECTED, e);
            chain.doFilter(request, response);
            return;
        }
        if (actor.isPresent()) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new ActorAuthentication(actor.get()));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
