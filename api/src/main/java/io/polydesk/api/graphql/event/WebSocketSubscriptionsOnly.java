package io.polydesk.api.graphql.event;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Only subscriptions run over WebSocket. Queries and mutations go over HTTP, where every request is rate
 * limited and charged by its cost; over a long-lived connection they would escape both.
 */
@Component
class WebSocketSubscriptionsOnly extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        if (SessionAttributes.cameOverWebSocket(execution.getGraphQLContext())
                && execution.getOperationDefinition().getOperation() != Operation.SUBSCRIPTION) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message("Only subscriptions run over WebSocket; send queries and mutations to /graphql over HTTP")
                    .errorType(ErrorType.BAD_REQUEST)
                    .extensions(Map.of("code", "SUBSCRIPTIONS_ONLY"))
                    .build()));
        }
        return SimpleInstrumentationContext.noOp();
    }
}
