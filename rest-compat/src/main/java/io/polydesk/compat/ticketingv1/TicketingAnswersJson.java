package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API speaks only JSON: whatever a client's {@code Accept} says ({@code application/xml}, a browser's
 * {@code text/html}), its answers, errors included, are JSON, never a 406 or a server's HTML error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingAnswersJson extends OncePerRequestFilter {

    private final TicketingV1Dialect dialect;

    TicketingAnswersJson(TicketingV1Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (dialect.basePath().remainder(request) == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getHeader(String name) {
                        return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                                ? MediaType.APPLICATION_JSON_VALUE
                                : super.getHeader(name);
                    }

                    @Override
                    public Enumeration<String> getHeaders(String name) {
                        return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                                ? Collections.enumeration(List.of(MediaType.APPLICATION_JSON_VALUE))
                                : super.getHeaders(name);
                    }
                },
                response);
    }
}
