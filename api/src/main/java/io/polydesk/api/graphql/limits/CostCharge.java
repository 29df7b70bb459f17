package io.polydesk.api.graphql.limits;

import graphql.ExecutionResult;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.polydesk.api.ratelimit.RequestAllowance;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * A GraphQL request is charged to the rate limit by what it costs, not as one request: every
 * {@value #POINTS_PER_REQUEST} points of complexity beyond the first are one more request. A query the allowance
 * cannot pay for is refused before any field runs.
 */
final class CostCharge extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    static final int POINTS_PER_REQUEST = 100;

    private static final String KEY = RequestAllowance.class.getName();

    private final PageWeightedComplexity complexity;

    CostCharge(int maxComplexity) {
        this.complexity = new PageWeightedComplexity(maxComplexity);
    }

    /** Hands the allowance the limiter left on the HTTP request to the execution that follows. */
    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Object allowance = request.getAttributes().get(RequestAllowance.ATTRIBUTE);
        if (allowance instanceof RequestAllowance found) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(context -> context.put(KEY, found)).build());
        }
        return chain.next(request);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        RequestAllowance allowance = execution.getGraphQLContext().get(KEY);
        if (allowance == null || QueryLimits.isIntrospection(parameters)) {
            return SimpleInstrumentationContext.noOp();
        }
        int cost = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(complexity)
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
        long more = (cost - 1) / POINTS_PER_REQUEST;
        if (more > 0 && !allowance.take(more)) {
            throw QueryLimits.refusal(
                    "This query costs " + (more + 1) + " requests of your rate limit, more than is left",
                    "RATE_LIMITED");
        }
        return SimpleInstrumentationContext.noOp();
    }
}
