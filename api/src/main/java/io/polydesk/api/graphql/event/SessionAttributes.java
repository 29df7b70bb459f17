package io.polydesk.api.graphql.event;

import graphql.GraphQLContext;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Hands an operation that came over WebSocket its connection's attributes, through the GraphQL context. */
@Component
class SessionAttributes implements WebGraphQlInterceptor {

    private static final String KEY = SessionAttributes.class.getName();

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socket) {
            Map<String, Object> attributes = socket.getSessionInfo().getAttributes();
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(context -> context.put(KEY, attributes))
                            .build());
        }
        return chain.next(request);
    }

    /** The connection's attributes, or an empty map for an operation that did not come over WebSocket. */
    static Map<String, Object> of(GraphQLContext context) {
        Map<String, Object> attributes = context.get(KEY);
        return attributes == null ? Map.of() : attributes;
    }
}
