package io.polydesk.api.graphql.asset;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code InventoryDocument} scalar: a JSON object passed through as maps, lists and plain values, written
 * inline in a query or sent as a variable. Its size and depth are the domain's to judge.
 */
@Configuration(proxyBeanMethods = false)
public class InventoryDocumentScalar {

    public static final GraphQLScalarType INVENTORY_DOCUMENT = GraphQLScalarType.newScalar()
            .name("InventoryDocument")
            .description("A free-form JSON object, such as an asset's inventory")
            .coercing(new DocumentCoercing())
            .build();

    @Bean
    RuntimeWiringConfigurer inventoryDocumentWiring() {
        return wiring -> wiring.scalar(INVENTORY_DOCUMENT);
    }

    private static final class DocumentCoercing implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Map<?, ?>) {
                return value;
            }
            throw new CoercingSerializeException("Expected a JSON object but got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof Map<?, ?>) {
                return input;
            }
            throw new CoercingParseValueException("Expected a JSON object, got "
                    + (input == null ? "null" : input.getClass().getSimpleName()));
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!(input instanceof ObjectValue)) {
                throw new CoercingParseLiteralException(
                        "Expected a JSON object, got " + input.getClass().getSimpleName());
            }
            return literal(input, variables);
        }

        private static Object literal(Value<?> value, CoercedVariables variables) {
            if (value instanceof ObjectValue object) {
                Map<String, Object> map = new LinkedHashMap<>();
                object.getObjectFields().forEach(f -> map.put(f.getName(), literal(f.getValue(), variables)));
                return map;
            }
            if (value instanceof ArrayValue array) {
                List<Object> list = new ArrayList<>();
                array.getValues().forEach(v -> list.add(literal(v, variables)));
                return list;
            }
            if (value instanceof StringValue string) {
                return string.getValue();
            }
            if (value instanceof IntValue integer) {
                BigInteger number = integer.getValue();
                return number.bitLength() < 64 ? (Object) number.longValue() : number;
            }
            if (value instanceof FloatValue decimal) {
                return decimal.getValue();
            }
            if (value instanceof BooleanValue bool) {
                return bool.isValue();
            }
            if (value instanceof VariableReference reference) {
                return variables.get(reference.getName());
            }
            if (value instanceof NullValue) {
                return null;
            }
            throw new CoercingParseLiteralException(
                    "Unsupported value " + value.getClass().getSimpleName());
        }
    }
}
