package io.polydesk.api.graphql.error;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.polydesk.api.graphql.node.GraphQlVersion;
import io.polydesk.domain.shared.DomainException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import reactor.core.publisher.Mono;

/**
 * The one rule for mutation failures. An expected one (a {@link DomainException} other than missing credentials)
 * becomes the payload's {@code userErrors} with every other payload field null; in version 1 (see
 * {@link GraphQlVersion}) it is also reported in {@code errors[]} as before, so that existing clients keep
 * working. Anything else stays a top-level error through {@link GraphQlErrorResolver}.
 */
final class MutationUserErrors extends GraphQLTypeVisitorStub {

    static final String FIELD = "userErrors";

    private final GraphQlErrorResolver errors;

    MutationUserErrors(GraphQlErrorResolver errors) {
        this.errors = errors;
    }

    @Override
    public TraversalControl visitGraphQLObjectType(
            GraphQLObjectType type, TraverserContext<GraphQLSchemaElement> context) {
        GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
        if (type.getFieldDefinition(FIELD) != null) {
            registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), FIELD), (DataFetcher<Object>)
                    MutationUserErrors::userErrorsOf);
        }
        if (type.getName().equals("Mutation")) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType payload
                        && payload.getFieldDefinition(FIELD) != null) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type.getName(), field.getName());
                    DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
                    registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> guarded(original, env));
                }
            }
        }
        return TraversalControl.CONTINUE;
    }

    private static Object userErrorsOf(DataFetchingEnvironment env) {
        Object source = env.getSource();
        if (source instanceof Map<?, ?> map) {
            return map.get(FIELD);
        }
        return source instanceof WithUserErrors reporting ? reporting.userErrors() : List.of();
    }

    private Object guarded(DataFetcher<?> original, DataFetchingEnvironment env) throws Exception {
        Object result;
        try {
            result = original.get(env);
        } catch (Exception ex) {
            return recoverOrThrow(ex, env);
        }
        if (result instanceof Mono<?> mono) {
            return mono.map(Object.class::cast).onErrorResume(UserError::expected, ex -> Mono.just(failed(ex, env)));
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.handle((value, ex) -> {
                if (ex == null) {
                    return value;
                }
                Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
                if (UserError.expected(cause)) {
                    return failed(cause, env);
                }
                throw ex instanceof CompletionException completion ? completion : new CompletionException(ex);
            });
        }
        return result;
    }

    private Object recoverOrThrow(Exception ex, DataFetchingEnvironment env) throws Exception {
        if (UserError.expected(ex)) {
            return failed(ex, env);
        }
        throw ex;
    }

    private DataFetcherResult<Object> failed(Throwable ex, DataFetchingEnvironment env) {
        String prefix = env.getFieldDefinition().getArgument("input") != null ? "input" : null;
        Map<String, Object> payload = new HashMap<>();
        payload.put(FIELD, UserError.of((DomainException) ex, prefix));
        List<GraphQLError> reported = GraphQlVersion.second(env) ? List.of() : List.of(errors.errorFor(ex, env));
        return DataFetcherResult.newResult().data(payload).errors(reported).build();
    }
}
