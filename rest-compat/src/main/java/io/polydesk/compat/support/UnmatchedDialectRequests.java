package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised before any controller was chosen (a path nothing maps, a wrong method) never reach a dialect's
 * package-scoped advice; this answers them in the shape of the dialect that owns the path.
 */
@Component
class UnmatchedDialectRequests implements HandlerExceptionResolver, Ordered {

    private final Dialects dialects;
    private final JsonMapper json;

    UnmatchedDialectRequests(Dialects dialects, JsonMapper json) {
        this.dialects = dialects;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        // Controller methods have their dialect's advice; what is left is no handler, or the static-resource fallback.
        if (handler instanceof HandlerMethod || response.isCommitted()) {
            return null;
        }
        Optional<Dialect> owner = dialects.owner(request);
        if (owner.isEmpty()) {
            return null;
        }
        ResponseEntity<?> error = owner.get().unmatched(ex);
        try {
            response.setStatus(error.getStatusCode().value());
            error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            if (error.getBody() != null) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), error.getBody());
            }
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
