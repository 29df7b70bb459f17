package io.polydesk.api.graphiql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page's own script, stylesheet and icon. The GraphiQL and React bundles come from
 * {@code /webjars/**}, which Boot maps to {@code classpath:/META-INF/resources/webjars/} by itself.
 * Browsers ask for {@code /favicon.ico} on their own for any page without an icon link (an API answer opened in a
 * tab, say); it is sent to the same icon rather than answered with a 401.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlWebConfiguration implements WebMvcConfigurer {

    static final String FAVICON_PATH = "/favicon.ico";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(GraphiQlPage.ASSETS_PATH + "**")
                .addResourceLocations("classpath:/graphiql/assets/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController(FAVICON_PATH, GraphiQlPage.ASSETS_PATH + "favicon.svg");
    }
}
