package io.polydesk.api.graphql.event;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/** Spring Boot's GraphQL WebSocket endpoint, with a handler whose connections subscriptions can close. */
@Configuration(proxyBeanMethods = false)
class GraphQlWebSocketConfiguration {

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(
            WebGraphQlHandler handler, GraphQlProperties properties, JsonMapper json, OpenConnections connections) {
        return new ClosableGraphQlWebSocketHandler(
                handler,
                new JacksonJsonHttpMessageConverter(json),
                properties.getWebsocket().getConnectionInitTimeout(),
                properties.getWebsocket().getKeepAlive(),
                connections);
    }
}
