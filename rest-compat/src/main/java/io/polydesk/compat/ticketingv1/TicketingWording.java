package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.JsonBodyWording;
import io.polydesk.compat.support.JsonType;
import io.polydesk.compat.support.QueryParamWording;
import java.util.Locale;

/** How the Ticketing Platform words a field or parameter the wire format refuses (400 {@code invalid_input}). */
enum TicketingWording implements JsonBodyWording, QueryParamWording {
    INSTANCE;

    @Override
    public String bodyField() {
        return "body";
    }

    @Override
    public String notAnObject(JsonType got) {
        return "Expected a JSON object, got " + name(got);
    }

    @Override
    public String notText(JsonType got) {
        return "Expected a string, got " + name(got);
    }

    @Override
    public String notAnId(JsonType got) {
        return "Expected an id (a string of digits), got " + name(got);
    }

    @Override
    public String notABoolean(JsonType got) {
        return "Expected true or false, got " + name(got);
    }

    @Override
    public String notADate() {
        return "Expected a date as YYYY-MM-DD";
    }

    @Override
    public String mayNotBeNull() {
        return "May not be null";
    }

    @Override
    public String notAChoice(String value) {
        return "\"" + value + "\" is not a valid choice";
    }

    @Override
    public String notAnInteger() {
        return "Expected a whole number";
    }

    @Override
    public String lessThan(int minimum) {
        return "Must be at least " + minimum;
    }

    @Override
    public String notABoolean(String value) {
        return "Expected true or false, got \"" + value + "\"";
    }

    private static String name(JsonType type) {
        return switch (type) {
            case NOTHING -> "nothing";
            case INTEGER, DECIMAL -> "a number";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + type.name().toLowerCase(Locale.ROOT);
        };
    }
}
