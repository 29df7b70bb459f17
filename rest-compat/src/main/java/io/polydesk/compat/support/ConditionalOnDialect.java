package io.polydesk.compat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A dialect's bean exists only while {@code polydesk.compat.<value>.enabled} is not false: every dialect is on
 * unless an operator switches it off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Conditional(ConditionalOnDialect.Enabled.class)
public @interface ConditionalOnDialect {

    /** The dialect's configuration name, as {@link Dialect#name()} gives it. */
    String value();

    /** Reads the switch of the dialect the annotation names. */
    final class Enabled implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnDialect.class.getName());
            String name = (String) attributes.get("value");
            return context.getEnvironment()
                    .getProperty("polydesk.compat." + name + ".enabled", Boolean.class, Boolean.TRUE);
        }
    }
}
