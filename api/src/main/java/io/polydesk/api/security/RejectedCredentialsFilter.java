package io.polydesk.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 401 for credentials {@link CredentialsFilter} refused, after the rate limiter has seen the request. */
class RejectedCredentialsFilter extends OncePerRequestFilter {

    private final AuthenticationEntryPoint entryPoint;

    RejectedCredentialsFilter(AuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CredentialsFilter.REJECTED) instanceof AuthenticationException rejected) {
            entryPoint.commence(request, response, rejected);
            return;
        }
        chain.doFilter(request, response);
    }
}
