package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.Dialects;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Hands every request the Jitbit dialect owns (by {@link Dialects}: below its base path ignoring case, unless
 * another dialect owns the path in exactly its case) to {@link JitbitFrontController}. Ordered before the
 * annotated mappings so that Jitbit's case-insensitive paths never fall to another dialect's patterns; the
 * exact-case paths of Arctyk are not Jitbit's, so they still reach Arctyk's controllers.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitHandlerMapping extends AbstractHandlerMapping {

    private final Dialects dialects;
    private final JitbitDialect dialect;
    private final HandlerMethod handler;

    JitbitHandlerMapping(Dialects dialects, JitbitDialect dialect, JitbitFrontController controller) {
        this.dialects = dialects;
        this.dialect = dialect;
        Method call = ReflectionUtils.findMethod(
                JitbitFrontController.class, "call", io.polydesk.domain.shared.Actor.class, HttpServletRequest.class);
        this.handler = new HandlerMethod(controller, call);
        setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        return dialects.owner(request).orElse(null) == dialect ? handler : null;
    }
}
