package io.polydesk.api.graphql.limits;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.Map;

/**
 * One request is one rate-limit charge, so it must not hold a batch of writes or of password checks: a mutation
 * runs at most {@code maxMutationFields} fields, aliases and fragments included, and at most one {@code login}.
 * Checked before any field runs.
 */
final class MutationFieldLimits extends SimplePerformantInstrumentation {

    private static final String LOGIN = "login";

    private final int maxMutationFields;

    MutationFieldLimits(int maxMutationFields) {
        this.maxMutationFields = maxMutationFields;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            Map<String, FragmentDefinition> fragments =
                    parameters.getExecutionContext().getFragmentsByName();
            int fields = count(operation.getSelectionSet(), fragments, null);
            int logins = count(operation.getSelectionSet(), fragments, LOGIN);
            if (logins > 1) {
                throw QueryLimits.refusal(
                        "A request may sign in once; it asks for " + logins + " logins", "MAX_LOGINS_EXCEEDED");
            }
            if (fields > maxMutationFields) {
                throw QueryLimits.refusal(
                        "A request may run at most " + maxMutationFields + " mutation fields; it asks for " + fields,
                        "MAX_MUTATION_FIELDS_EXCEEDED");
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Top-level fields of the selection, through fragments; only those named {@code name} when it is given. */
    private static int count(SelectionSet selections, Map<String, FragmentDefinition> fragments, String name) {
        int count = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                count += name == null || name.equals(field.getName()) ? 1 : 0;
            } else if (selection instanceof InlineFragment inline) {
                count += count(inline.getSelectionSet(), fragments, name);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                count += count(fragments.get(spread.getName()).getSelectionSet(), fragments, name);
            }
        }
        return count;
    }
}
