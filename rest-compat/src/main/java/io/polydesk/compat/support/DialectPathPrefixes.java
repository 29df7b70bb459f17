package io.polydesk.compat.support;

import java.util.List;
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
        for (Dialect dialect : dialects) {
            String base = dialect.basePath().value();
            if (!base.isEmpty()) {
                configurer.addPathPrefix(
                        base,
                        HandlerTypePredicate.forBasePackage(dialect.getClass().getPackageName()));
            }
        }
    }
}
