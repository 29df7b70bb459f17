package io.polydesk.compat.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts each dialect's base path in front of the mappings of the controllers in its package, so a controller maps
 * only the document's own paths ({@code /tickets/}) and moving the base path moves them all.
 */
@Configuration(proxyBeanMethods = false)
class DialectPathPrefixes implements WebMvcConfigurer {

    private final List<Dialect> dialects;

    DialectPathPrefixes(List<Dialect> dialects) {
        this.dialects = dialects;
    }

    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        // Prefixes are keyed by path: dialects sharing a base path (arctyk and jitbit on /api) share one entry.
        Map<String, Predicate<Class<?>>> byBase = new LinkedHashMap<>();
        for (Dialect dialect : dialects) {
            String base = dialect.basePath().value();
            if (!base.isEmpty()) {
                Predicate<Class<?>> own =
                        HandlerTypePredicate.forBasePackage(dialect.getClass().getPackageName());
                byBase.merge(base, own, Predicate::or);
            }
        }
        byBase.forEach(configurer::addPathPrefix);
    }
}
