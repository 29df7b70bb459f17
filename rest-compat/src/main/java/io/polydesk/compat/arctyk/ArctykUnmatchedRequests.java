package io.polydesk.compat.arctyk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * Errors raised before any Arctyk controller was chosen (a wrong method on an Arctyk path, an Arctyk path nothing
 * maps) never reach the package-scoped advice; this gives them the Arctyk shape too, for Arctyk's paths only.
 */
@Component
@ConditionalOnArctyk
class ArctykUnmatchedRequests implements HandlerExceptionResolver, Ordered {

    private final ArctykPaths paths;
    private final ArctykErrorAdvice advice;
    private final ObjectMapper json;

    ArctykUnmatchedRequests(ArctykPaths paths, ArctykErrorAdvice advice, ObjectMapper json) {
        this.paths = paths;
        this.advice = advice;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        // Controller methods have the advice; what is left is no handler, or the static-resource fallback.
        if (handler instanceof HandlerMethod || !paths.owns(request) || response.isCommitted()) {
            return null;
        }
        ResponseEntity<Object> error = advice.framework(ex);
        try {
            response.setStatus(error.getStatusCode().value());
            error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), error.getBody());
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
