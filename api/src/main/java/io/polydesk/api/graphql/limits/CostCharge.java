package io.polydesk.api.graphql.limits;

import graphql.ExecutionResult;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.polydesk.api.ratelimit.RequestAllowance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * A GraphQL request is charged to the rate limit by what it costs, not as one request: every
 * {@value #POINTS_PER_REQUEST} points of complexity beyond the first are one more request. A query the allowance
 * cannot pay for is refused before any field runs. Every executed operation reports its cost in
 * {@code extensions.cost}: {@code requested}, the points it weighed, and {@code limit}, the most one may weigh; so
 * does one refused for weighing too much, in the refusal's extensions and in the response's.
 */
final class CostCharge extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    static final int POINTS_PER_REQUEST = 100;

    private static final String KEY = RequestAllowance.class.getName();

    private static final String COST = CostCharge.class.getName() + ".cost";

    private final PageWeightedComplexity complexity;
    private final int maxComplexity;

    CostCharge(int maxComplexity) {
        this.complexity = new PageWeightedComplexity(maxComplexity);
        this.maxComplexity = maxComplexity;
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
        if (QueryLimits.isIntrospection(parameters)) {
            return SimpleInstrumentationContext.noOp();
        }
        RequestAllowance allowance = execution.getGraphQLContext().get(KEY);
        int cost = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(complexity)
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
        execution.getGraphQLContext().put(COST, cost);
        long more = (cost - 1) / POINTS_PER_REQUEST;
        if (allowance != null && more > 0 && !allowance.take(more)) {
            throw QueryLimits.refusal(
                    "This query costs " + (more + 1) + " requests of your rate limit, more than is left",
                    "RATE_LIMITED");
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Integer cost = parameters.getGraphQLContext().get(COST);
        Object report = cost != null ? report(cost, maxComplexity) : refusedCost(result);
        if (report == null) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.addExtension("cost", report)));
    }

    static Map<String, Object> report(int requested, int limit) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("requested", requested);
        report.put("limit", limit);
        return report;
    }

    /** A query refused for its complexity never reached this charge; its refusal carries what it weighed. */
    private static Object refusedCost(ExecutionResult result) {
        return result.getErrors().stream()
                .map(error -> error.getExtensions() == null
                        ? null
                        : error.getExtensions().get("cost"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
