package io.polydesk.api.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The mapping itself, including the unexpected-failure path that no real request should be able to reach. */
class GraphQlErrorResolverTest {

    private final GraphQlErrorResolver resolver = new GraphQlErrorResolver();

    @Test
    void validationBecomesBadRequestWithInputPaths() {
        GraphQLError error = resolve(
                DomainException.invalid(List.of(
                        new FieldError("title", "must not be blank"),
                        new FieldError("input.projectId", "must be a numeric ID"))),
                true);

        assertThat(extensions(error))
                .containsEntry("classification", "BAD_REQUEST")
                .containsEntry(
                        "details",
                        List.of(
                                Map.of("field", "input.title", "message", "must not be blank"),
                                Map.of("field", "input.projectId", "message", "must be a numeric ID")));
    }

    @Test
    void queryArgumentPathsStayAsTheyAre() {
        GraphQLError error = resolve(DomainException.invalid("filter.status", "must be one of [new]"), false);

        assertThat(extensions(error))
                .containsEntry("details", List.of(Map.of("field", "filter.status", "message", "must be one of [new]")));
    }

    @Test
    void eachDomainCodeHasItsClassification() {
        assertThat(extensions(resolve(DomainException.unauthenticated(), false)))
                .containsEntry("classification", "UNAUTHORIZED");
        assertThat(extensions(resolve(DomainException.forbidden("no"), false)))
                .containsEntry("classification", "FORBIDDEN");
        assertThat(extensions(resolve(DomainException.notFound("Ticket", 7), false)))
                .containsEntry("classification", "NOT_FOUND");
        assertThat(extensions(resolve(DomainException.conflict("stale"), false)))
                .containsEntry("classification", "BAD_REQUEST")
                .containsEntry("code", "CONFLICT");
    }

    @Test
    void domainErrorsFromDataLoadersAreUnwrapped() {
        GraphQLError error = resolve(new CompletionException(DomainException.notFound("Ticket", 7)), false);

        assertThat(extensions(error)).containsEntry("classification", "NOT_FOUND");
    }

    @Test
    void unexpectedFailureIsAnOpaqueInternalError() {
        GraphQLError error = resolve(new IllegalStateException("SQL syntax near 'password_hash'"), false);

        assertThat(extensions(error)).containsEntry("classification", "INTERNAL_ERROR");
        assertThat(error.getMessage()).startsWith("Internal error").doesNotContain("SQL", "password");
    }

    /** The extensions as they go on the wire, classification included. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(GraphQLError error) {
        return (Map<String, Object>) error.toSpecification().get("extensions");
    }

    private GraphQLError resolve(Throwable ex, boolean withInput) {
        GraphQLFieldDefinition.Builder field =
                GraphQLFieldDefinition.newFieldDefinition().name("ticket").type(Scalars.GraphQLString);
        if (withInput) {
            field.argument(GraphQLArgument.newArgument().name("input").type(Scalars.GraphQLString));
        }
        DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .fieldDefinition(field.build())
                .mergedField(MergedField.newMergedField(Field.newField("ticket").build())
                        .build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
                        .type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("ticket"))
                        .build())
                .executionId(ExecutionId.from("test-execution"))
                .build();
        List<GraphQLError> errors = resolver.resolveException(ex, env).block();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }
}
