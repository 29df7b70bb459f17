package io.polydesk.api.observability;

import graphql.execution.ExecutionContext;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Tags {@code graphql.request} timings with the operation's name, so each screen's queries and each mutation get
 * their own rate, latency and error count. Names are chosen by clients, so only well-formed ones are kept, and
 * past {@link #MAX_NAMES} distinct names the rest count as {@code other}: a client cannot grow the registry.
 */
class GraphQlOperationObservationConvention extends DefaultExecutionRequestObservationConvention {

    static final int MAX_NAMES = 200;
    static final String KEY = "graphql.operation.name";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of(KEY, bounded(nameOf(context))));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return KeyValues.of(executionId(context));
    }

    /** The name the client sent, or else the one in the document that ran (clients often send only the query). */
    private static String nameOf(ExecutionRequestObservationContext context) {
        String given = context.getExecutionInput().getOperationName();
        if (given != null && !given.isEmpty()) {
            return given;
        }
        ExecutionContext execution = context.getExecutionContext();
        return execution == null || execution.getOperationDefinition() == null
                ? null
                : execution.getOperationDefinition().getName();
    }

    String bounded(String operationName) {
        if (operationName == null || operationName.isEmpty()) {
            return "anonymous";
        }
        if (!NAME.matcher(operationName).matches()) {
            return "other";
        }
        if (seen.contains(operationName) || (seen.size() < MAX_NAMES && seen.add(operationName))) {
            return operationName;
        }
        return "other";
    }
}
