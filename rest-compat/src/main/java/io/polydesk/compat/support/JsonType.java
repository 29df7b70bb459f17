package io.polydesk.compat.support;

import tools.jackson.databind.JsonNode;

/** The kind of a JSON value, so each dialect can name it in its own words ("str", "string", "String"). */
public enum JsonType {
    NOTHING,
    NULL,
    BOOLEAN,
    INTEGER,
    DECIMAL,
    STRING,
    ARRAY,
    OBJECT;

    public static JsonType of(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return NOTHING;
        }
        return switch (value.getNodeType()) {
            case NULL -> NULL;
            case BOOLEAN -> BOOLEAN;
            case NUMBER -> value.isIntegralNumber() ? INTEGER : DECIMAL;
            case STRING -> STRING;
            case ARRAY -> ARRAY;
            case OBJECT -> OBJECT;
            default -> STRING;
        };
    }
}
