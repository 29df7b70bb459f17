package io.polydesk.api.graphql.support;

import graphql.GraphQLContext;
import io.polydesk.domain.shared.Actor;
import org.dataloader.BatchLoaderEnvironment;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the caller into the GraphQL context while still on the request thread, so that batch loaders,
 * which have no {@code @AuthenticationPrincipal}, apply the same visibility rules as the field that asked.
 */
@Component
public class CurrentActor implements WebGraphQlInterceptor {

    private static final String KEY = Actor.class.getName();

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(context -> context.put(KEY, actor)).build());
        }
        return chain.next(request);
    }

    /** The caller, or null when anonymous (the domain then answers UNAUTHENTICATED). */
    public static Actor from(GraphQLContext context) {
        return context == null ? null : context.get(KEY);
    }

    public static Actor from(BatchLoaderEnvironment environment) {
        Object context = environment.getContext();
        return context instanceof GraphQLContext graphQLContext ? from(graphQLContext) : null;
    }
}
