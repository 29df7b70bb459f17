package io.polydesk.api.graphql.limits;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Map;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses queries that are too deep or too complex after validation and before any field is fetched, so
 * an abusive query costs no database work. The refusal is a BAD_REQUEST naming the limit. Complexity weighs a
 * page of items by its page size ({@link PageWeightedComplexity}); depth is checked first.
 *
 * <p>Introspection is exempt: the standard introspection query that GraphiQL and code generators send nests
 * {@code ofType} deeper than any real query needs, and graphql-java's own good-faith introspection checks
 * already bound what it may ask.
 */
@Configuration(proxyBeanMethods = false)
public class QueryLimits {

    @Bean
    @Order(1)
    MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(QueryLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters)
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refusal("Query depth " + depth + " exceeds the limit of " + maxDepth, "MAX_DEPTH_EXCEEDED");
            }
        };
    }

    @Bean
    @Order(2)
    MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(QueryLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(
                limits.maxComplexity(), new PageWeightedComplexity(limits.maxComplexity())) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters)
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refusal(
                        "Query complexity " + complexity + " exceeds the limit of " + maxComplexity,
                        Map.of(
                                "code",
                                "MAX_COMPLEXITY_EXCEEDED",
                                "cost",
                                CostCharge.report(complexity, maxComplexity)));
            }
        };
    }

    @Bean
    @Order(0)
    MutationFieldLimits mutationFieldLimits(QueryLimitsProperties limits) {
        return new MutationFieldLimits(limits.maxMutationFields());
    }

    /** Every list field that takes {@code first} answers at most that many items. */
    @Bean
    GraphQlSourceBuilderCustomizer boundedLists() {
        return builder -> builder.typeVisitors(List.of(new BoundedLists()));
    }

    /** After the depth and complexity checks, so a refused query is never charged. */
    @Bean
    @Order(3)
    CostCharge costCharge(QueryLimitsProperties limits) {
        return new CostCharge(limits.maxComplexity());
    }

    /** True when every top-level selection is an introspection field ({@code __schema}, {@code __type} ...). */
    static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        return operation.getSelectionSet().getSelections().stream()
                .allMatch(selection ->
                        selection instanceof Field field && field.getName().startsWith("__"));
    }

    static AbortExecutionException refusal(String message, String code) {
        return refusal(message, Map.of("code", code));
    }

    private static AbortExecutionException refusal(String message, Map<String, Object> extensions) {
        // An abort with underlying errors answers with exactly those errors, classified as the contract asks.
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorType.BAD_REQUEST)
                .extensions(extensions)
                .build()));
    }
}
