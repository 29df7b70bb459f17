package io.polydesk.api.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every type, field, argument, enum value and input field of the running schema has a description, so that a
 * frontend developer can read the schema (GraphiQL, {@code /graphql/schema.graphqls}) without the source.
 */
@PolydeskIntegrationTest
class SchemaDescriptionsTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyElementHasADescription() {
        assertThat(undocumented(graphQlSource.schema()))
                .as("schema elements without a description")
                .isEmpty();
    }

    @Test
    void namesEveryKindOfElementThatLacksADescription() {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
                "Reads."
                type Query { "Described." ticket(id: ID): Ticket  bare: Kind }
                type Ticket { "Described." title(filter: Filter): String }
                input Filter { text: String }
                "Described."
                enum Kind { "Described." A  B }
                """));

        assertThat(undocumented(schema))
                .containsExactly(
                        "Filter",
                        "Filter.text",
                        "Kind.B",
                        "Query.bare",
                        "Query.ticket(id)",
                        "Ticket",
                        "Ticket.title(filter)");
    }

    /** Coordinates of every element without a description: {@code Type}, {@code Type.field}, {@code Type.field(arg)}. */
    static Set<String> undocumented(GraphQLSchema schema) {
        Set<String> missing = new TreeSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            String name = type.getName();
            if (name.startsWith("__") || BUILT_IN.contains(name)) {
                continue;
            }
            check(missing, name, type.getDescription());
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    String at = name + "." + field.getName();
                    check(missing, at, field.getDescription());
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(missing, at + "(" + argument.getName() + ")", argument.getDescription());
                    }
                }
            } else if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(missing, name + "." + field.getName(), field.getDescription());
                }
            } else if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    check(missing, name + "." + value.getName(), value.getDescription());
                }
            } else if (type instanceof GraphQLScalarType) {
                // a scalar has only its own description, checked above
            }
        }
        return missing;
    }

    private static void check(Set<String> missing, String coordinate, String description) {
        if (description == null || description.isBlank()) {
            missing.add(coordinate);
        }
    }
}
