package io.polydesk.api.graphql.limits;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.KeysetWindow;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Holds every list field that takes {@code first} (a ticket's links, sub-tickets, history and attachments, an
 * asset's tickets, a group's members ...) to what it was asked for: {@code first} outside 0..{@value #MAX} is an
 * error on that field, and the answer never holds more items than {@code first}, or the schema's default of 20. The
 * complexity limit weighs such a field by the same number ({@link PageWeightedComplexity}), so the bound it
 * assumes is the bound the answer keeps.
 */
final class BoundedLists extends GraphQLTypeVisitorStub {

    static final int MAX = KeysetWindow.MAX_SIZE;

    @Override
    public TraversalControl visitGraphQLObjectType(
            GraphQLObjectType type, TraverserContext<GraphQLSchemaElement> context) {
        GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            if (isBoundedList(field)) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type.getName(), field.getName());
                DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
                registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> bounded(original, env));
            }
        }
        return TraversalControl.CONTINUE;
    }

    /** A list (not a connection) with a {@code first} argument. */
    static boolean isBoundedList(GraphQLFieldDefinition field) {
        return field.getArgument("first") != null
                && GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
    }

    private static Object bounded(DataFetcher<?> original, DataFetchingEnvironment env) throws Exception {
        Integer asked = env.getArgument("first");
        int first = asked == null ? KeysetWindow.DEFAULT_SIZE : asked;
        if (first < 0 || first > MAX) {
            throw DomainException.invalid(env.getField().getName() + ".first", "must be between 0 and " + MAX);
        }
        Object result = original.get(env);
        if (result instanceof CompletionStage<?> stage) {
            return stage.thenApply(value -> truncated(value, first));
        }
        return truncated(result, first);
    }

    private static Object truncated(Object value, int first) {
        if (value instanceof List<?> list && list.size() > first) {
            return List.copyOf(list.subList(0, first));
        }
        if (value instanceof DataFetcherResult<?> result
                && result.getData() instanceof List<?> list
                && list.size() > first) {
            return DataFetcherResult.newResult()
                    .data(List.copyOf(list.subList(0, first)))
                    .errors(result.getErrors())
                    .localContext(result.getLocalContext())
                    .extensions(result.getExtensions())
                    .build();
        }
        return value;
    }
}
