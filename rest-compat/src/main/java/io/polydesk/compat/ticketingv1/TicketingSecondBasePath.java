package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.BasePath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the dialect under {@code second-base-path} too (the document's production base {@code /ticketing/v1}
 * beside its local {@code /api/v1}): before anything else looks at the request, its path is presented below the
 * configured base path, so routing, security, limits and errors treat both alike. Links in the answer keep the
 * base path the client called.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnSecondBasePath
class TicketingSecondBasePath extends OncePerRequestFilter {

    /** Request attribute holding the {@link BasePath} the client actually called. */
    static final String CALLED_BASE = TicketingSecondBasePath.class.getName() + ".called";

    private final BasePath second;
    private final BasePath primary;

    TicketingSecondBasePath(TicketingV1Properties properties) {
        this.second = BasePath.of(properties.secondBasePath());
        this.primary = BasePath.of(properties.basePath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String rest = second.remainder(request);
        if (rest == null || second.equals(primary)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(CALLED_BASE, second);
        String uri = request.getContextPath() + primary.value() + rest;
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getRequestURI() {
                        return uri;
                    }

                    @Override
                    public StringBuffer getRequestURL() {
                        StringBuffer url = new StringBuffer(super.getRequestURL());
                        int pathStart = url.indexOf(super.getRequestURI());
                        url.setLength(pathStart < 0 ? url.length() : pathStart);
                        return url.append(uri);
                    }

                    @Override
                    public String getServletPath() {
                        return primary.value() + rest;
                    }
                },
                response);
    }
}
