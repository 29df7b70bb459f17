package io.polydesk.api.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * graphql-java classifies its own request errors (syntax, validation, bad variable values, aborted execution)
 * with names outside Polydesk's contract. They are all the client's fault: this reclassifies them as
 * BAD_REQUEST and keeps graphql-java's name in {@code extensions.code}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class RequestErrorClassifier implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<ResponseError> errors = response.getErrors();
            if (errors.stream().allMatch(e -> e.getErrorType() instanceof ErrorType)) {
                return response;
            }
            List<GraphQLError> classified = errors.stream().map(RequestErrorClassifier::classify).toList();
            return response.transform(builder -> builder.errors(classified));
        });
    }

    private static GraphQLError classify(ResponseError error) {
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        extensions.remove("classification");
        ErrorType type = ErrorType.BAD_REQUEST;
        if (error.getErrorType() instanceof ErrorType known) {
            type = known;
        } else {
            extensions.putIfAbsent("code", String.valueOf(error.getErrorType()));
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(type)
                .extensions(extensions);
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }
}
