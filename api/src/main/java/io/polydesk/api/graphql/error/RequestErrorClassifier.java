package io.polydesk.api.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * graphql-java classifies its own errors (syntax, validation, bad variable values, aborted execution) with
 * names outside Polydesk's contract. This maps them onto it, keeping graphql-java's name in
 * {@code extensions.code}: request errors are BAD_REQUEST; a field that failed without passing through the
 * exception resolver, or a null in a non-null field, is the server's fault and INTERNAL_ERROR.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class RequestErrorClassifier implements WebGraphQlInterceptor {

    private static final Set<graphql.ErrorType> SERVER_FAULTS =
            Set.of(graphql.ErrorType.DataFetchingException, graphql.ErrorType.NullValueInNonNullableField);

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<ResponseError> errors = response.getErrors();
            if (errors.stream().allMatch(e -> e.getErrorType() instanceof ErrorType)) {
                return response;
            }
            List<GraphQLError> classified =
                    errors.stream().map(RequestErrorClassifier::classify).toList();
            return response.transform(builder -> builder.errors(classified));
        });
    }

    private static GraphQLError classify(ResponseError error) {
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        extensions.remove("classification");
        ErrorType type;
        if (error.getErrorType() instanceof ErrorType known) {
            type = known;
        } else {
            extensions.putIfAbsent("code", String.valueOf(error.getErrorType()));
            type = SERVER_FAULTS.contains(error.getErrorType()) ? ErrorType.INTERNAL_ERROR : ErrorType.BAD_REQUEST;
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
