package io.polydesk.api.graphql.support;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import io.polydesk.domain.shared.StorableDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code DateTime} and {@code Date} scalars as ISO-8601 strings. graphql-java's extended scalars are not
 * on the classpath, and these two need only a strict parse with an error that says what was expected.
 */
@Configuration(proxyBeanMethods = false)
public class Scalars {

    public static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant as an ISO-8601 string with offset, e.g. 2026-11-23T09:30:00Z")
            .coercing(new IsoCoercing<>(
                    Instant.class,
                    Scalars::parseInstant,
                    "an ISO-8601 date-time with offset between the years 1000 and 9999, such as 2026-11-23T09:30:00Z"))
            .build();

    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date as an ISO-8601 string, e.g. 2026-11-23")
            .coercing(new IsoCoercing<>(
                    LocalDate.class,
                    Scalars::parseDate,
                    "an ISO-8601 date between the years 1000 and 9999, such as 2026-11-23"))
            .build();

    @Bean
    RuntimeWiringConfigurer polydeskScalars() {
        return wiring -> wiring.scalar(DATE_TIME).scalar(DATE);
    }

    private static Instant parseInstant(String text) {
        // OffsetDateTime accepts any offset (+02:00 as well as Z); Instant.parse alone would refuse it.
        Instant instant = OffsetDateTime.parse(text).toInstant();
        if (!StorableDates.holds(instant)) {
            throw new DateTimeParseException("outside the storable years", text, 0);
        }
        return instant;
    }

    private static LocalDate parseDate(String text) {
        LocalDate date = LocalDate.parse(text);
        if (!StorableDates.holds(date)) {
            throw new DateTimeParseException("outside the storable years", text, 0);
        }
        return date;
    }

    private static final class IsoCoercing<T> implements Coercing<T, String> {

        private final Class<T> type;
        private final Function<String, T> parser;
        private final String expected;

        IsoCoercing(Class<T> type, Function<String, T> parser, String expected) {
            this.type = type;
            this.parser = parser;
            this.expected = expected;
        }

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (type.isInstance(value)) {
                return value.toString();
            }
            throw new CoercingSerializeException("Expected a " + type.getSimpleName() + " but got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }

        @Override
        public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                T parsed = parse(text);
                if (parsed != null) {
                    return parsed;
                }
            }
            throw new CoercingParseValueException(message(input));
        }

        @Override
        public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
                T parsed = parse(string.getValue());
                if (parsed != null) {
                    return parsed;
                }
                throw new CoercingParseLiteralException(message(string.getValue()));
            }
            throw new CoercingParseLiteralException("Expected " + expected + " as a string, got "
                    + input.getClass().getSimpleName());
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private T parse(String text) {
            try {
                return parser.apply(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private String message(Object input) {
            return "Expected " + expected + ", got '" + input + "'";
        }
    }
}
