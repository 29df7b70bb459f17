package io.polydesk.api.graphql.node;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which GraphQL conventions a request asked for with {@value #HEADER}. Version 1 (the default, what every
 * client written so far relies on) answers numeric ids in {@code id} and reports expected mutation failures in
 * {@code errors[]} as well as in {@code userErrors}; version 2 answers opaque global ids and reports expected
 * failures in {@code userErrors} only. Every argument takes both kinds of id in both versions.
 */
@Component
public class GraphQlVersion implements WebGraphQlInterceptor {

    public static final String HEADER = "Polydesk-GraphQL-Version";

    private static final String KEY = GraphQlVersion.class.getName();

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if ("2".equals(request.getHeaders().getFirst(HEADER))) {
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(context -> context.put(KEY, Boolean.TRUE))
                            .build());
        }
        return chain.next(request);
    }

    /** True when the request asked for version 2: global ids out, expected failures in userErrors only. */
    public static boolean second(DataFetchingEnvironment env) {
        GraphQLContext context = env.getGraphQlContext();
        return context != null && Boolean.TRUE.equals(context.get(KEY));
    }
}
