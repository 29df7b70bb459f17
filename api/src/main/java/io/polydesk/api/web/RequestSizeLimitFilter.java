package io.polydesk.api.web;

import io.polydesk.api.security.SurfaceErrorResponses;
import io.polydesk.compat.support.RequestBodyTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@code polydesk.http.max-body-size} with 413 before anything reads them. A body that
 * announces no length is cut off at the limit while it is read, and answered 413 too unless the answer has already
 * begun. Multipart bodies have their own limits, and only the endpoints that take uploads see them: anywhere
 * else they are refused with 415 unread.
 */
@Component
// Right after the security chain: credentials and the rate limiter never read a body, and the 413 then carries the
// X-RateLimit-* headers like every other answer.
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final SurfaceErrorResponses errors;
    private final MultipartEndpoints multipartEndpoints;

    RequestSizeLimitFilter(HttpLimits limits, SurfaceErrorResponses errors, MultipartEndpoints multipartEndpoints) {
        this.limit = limits.maxBodySize().toBytes();
        this.errors = errors;
        this.multipartEndpoints = multipartEndpoints;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            if (multipartEndpoints.accept(request)) {
                chain.doFilter(request, response);
            } else {
                errors.write(
                        request,
                        response,
                        HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "Multipart bodies are accepted only where files are uploaded",
                        "BAD_REQUEST");
            }
            return;
        }
        if (request.getContentLengthLong() > limit) {
            errors.write(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes",
                    "BAD_REQUEST");
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        BoundedRequest bounded = new BoundedRequest(request, limit);
        // Whatever the reader made of the cut-off body (mostly a 400), the cause is its size.
        HttpServletResponse sizeAware = new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (bounded.exceeded && !isCommitted()) {
                    tooLarge(request, response);
                } else {
                    super.sendError(status, message);
                }
            }
        };
        chain.doFilter(bounded, sizeAware);
        if (bounded.exceeded
                && !response.isCommitted()
                && !request.isAsyncStarted()
                && response.getStatus() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            tooLarge(request, response);
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (name.regionMatches(true, 0, "X-RateLimit-", 0, 12)) {
                kept.put(name, response.getHeader(name));
            }
        }
        response.reset();
        kept.forEach(response::setHeader);
        errors.write(
                request,
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + limit + " bytes",
                "BAD_REQUEST");
    }

    /** Stops reading a body of unknown length at the limit; the reader sees a broken body, never a huge one. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private boolean exceeded;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream delegate = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = delegate.read();
                        if (b >= 0 && ++read > limit) {
                            exceeded = true;
                            throw new RequestBodyTooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = delegate.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            exceeded = true;
                            throw new RequestBodyTooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return delegate.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return delegate.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        delegate.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
