package io.polydesk.api.graphiql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page's own script, stylesheet and icon. The GraphiQL and React bundles come from
 * {@code /webjars/**}, which Boot maps to {@code classpath:/META-INF/resources/webjars/} by itself.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(GraphiQlPage.ASSETS_PATH + "**")
                .addResourceLocations("classpath:/graphiql/assets/");
    }
}
