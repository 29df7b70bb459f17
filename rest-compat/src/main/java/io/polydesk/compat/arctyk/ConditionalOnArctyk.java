package io.polydesk.compat.arctyk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Every Arctyk bean exists only while {@code polydesk.compat.arctyk.enabled} is not false. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(prefix = "polydesk.compat.arctyk", name = "enabled", havingValue = "true", matchIfMissing = true)
@interface ConditionalOnArctyk {}
