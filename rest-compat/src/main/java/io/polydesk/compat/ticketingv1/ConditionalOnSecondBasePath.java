package io.polydesk.compat.ticketingv1;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The second base path's filter exists only while the dialect is on and a second base path is configured. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Conditional(ConditionalOnSecondBasePath.Configured.class)
@interface ConditionalOnSecondBasePath {

    final class Configured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            String second = env.getProperty(TicketingV1Dialect.PROPERTIES + ".second-base-path", "");
            return env.getProperty(TicketingV1Dialect.PROPERTIES + ".enabled", Boolean.class, Boolean.TRUE)
                    && !second.isBlank()
                    && !second.strip().equals("/");
        }
    }
}
