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
import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every type, field, argument, enum value and input field of the running schema has a description. Elements that
 * lacked one when this test was written are listed in {@code schema-description-gaps.txt}; the list can only
 * shrink: a new element without a description fails, and so does a listed one that has gained a description (take
 * it off the list). The current list is written to {@code target/schema-description-gaps.txt} on every run.
 */
@PolydeskIntegrationTest
class SchemaDescriptionsTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyElementHasADescriptionExceptTheListedOldGaps() throws IOException {
        Set<String> undocumented = undocumented(graphQlSource.schema());
        Files.write(Path.of("target", "schema-description-gaps.txt"), undocumented, StandardCharsets.UTF_8);
        Set<String> known = knownGaps();

        Set<String> fresh = new TreeSet<>(undocumented);
        fresh.removeAll(known);
        assertThat(fresh).as("schema elements without a description").isEmpty();

        Set<String> mended = new TreeSet<>(known);
        mended.removeAll(undocumented);
        assertThat(mended)
                .as("documented (or gone) now: remove them from schema-description-gaps.txt")
                .isEmpty();
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

    private static Set<String> knownGaps() throws IOException {
        try (InputStream in = SchemaDescriptionsTest.class.getResourceAsStream("schema-description-gaps.txt")) {
            if (in == null) {
                return Set.of();
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return new LinkedHashSet<>(lines);
        }
    }
}
