package io.polydesk.api.graphql.event;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a graphql-transport-ws message from a client must look like before it is decoded. */
final class WellFormedMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");

    private WellFormedMessages() {}

    static boolean isWellFormed(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JacksonException e) {
            return false;
        }
        if (message == null || !message.isObject() || !message.path("type").isString()) {
            return false;
        }
        String type = message.get("type").asString();
        if (!TYPES.contains(type)) {
            return false;
        }
        JsonNode payload = message.get("payload");
        boolean payloadIsObjectOrAbsent = payload == null || payload.isNull() || payload.isObject();
        return switch (type) {
            case "subscribe" ->
                hasId(message)
                        && payload != null
                        && payload.isObject()
                        && payload.path("query").isString()
                        && optionalObject(payload.get("variables"))
                        && optionalObject(payload.get("extensions"))
                        && (payload.get("operationName") == null
                                || payload.get("operationName").isNull()
                                || payload.get("operationName").isString());
            case "complete" -> hasId(message);
            default -> payloadIsObjectOrAbsent;
        };
    }

    private static boolean hasId(JsonNode message) {
        return message.path("id").isString() && !message.get("id").asString().isEmpty();
    }

    private static boolean optionalObject(JsonNode node) {
        return node == null || node.isNull() || node.isObject();
    }
}
