package io.polydesk.api.graphql.http;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * What GraphQL over HTTP needs beyond Spring Boot's defaults: content negotiation that reads the whole
 * {@code Accept} header, and GET.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

    /** Spring Boot backs off its own handler for this one; its POST route then uses it too. */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
        return new NegotiatingGraphQlHttpHandler(webGraphQlHandler);
    }

    /** Ahead of Spring Boot's GraphQL routes, which answer GET with 405. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRouterFunction(
            GraphQlHttpHandler handler, JsonMapper json, @Value("${spring.graphql.http.path:/graphql}") String path) {
        GraphQlGetHandler get = new GraphQlGetHandler(handler, json);
        return RouterFunctions.route(RequestPredicates.GET(path), get::handle);
    }
}
