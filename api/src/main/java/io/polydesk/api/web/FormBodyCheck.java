package io.polydesk.api.web;

import io.polydesk.api.security.SurfaceErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form body that is not valid percent-encoding is a 400 in the surface's shape. The servlet container decodes
 * a POSTed form the first time anything asks for a parameter, which may be deep in a controller, and fails
 * there; decoding it here first, and catching what the form filter raises for PUT and PATCH, keeps that a
 * client error on every surface.
 */
@Component
@Order(OrderedFormContentFilter.DEFAULT_ORDER - 1)
class FormBodyCheck extends OncePerRequestFilter {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final SurfaceErrorResponses errors;

    FormBodyCheck(SurfaceErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith(FORM)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (HttpMessageNotReadableException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, 400, "The form body is not valid percent-encoded form data", "BAD_REQUEST");
    }
}
