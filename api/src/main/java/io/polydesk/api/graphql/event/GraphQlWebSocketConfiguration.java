package io.polydesk.api.graphql.event;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's GraphQL WebSocket endpoint, with a handler whose connections subscriptions can close, and whose
 * refused {@code connection_init} always ends with a 4401 close frame ({@link InitAnsweredOnReadingThread}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWebSocketConfiguration {

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(
            WebGraphQlHandler handler, GraphQlProperties properties, JsonMapper json, OpenConnections connections) {
        return new ClosableGraphQlWebSocketHandler(
                new InitAnsweredOnReadingThread(handler),
                new JacksonJsonHttpMessageConverter(json),
                properties.getWebsocket().getConnectionInitTimeout(),
                properties.getWebsocket().getKeepAlive(),
                connections);
    }
}
