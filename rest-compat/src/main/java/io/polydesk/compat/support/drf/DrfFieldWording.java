package io.polydesk.compat.support.drf;

import io.polydesk.compat.support.JsonBodyWording;
import io.polydesk.compat.support.JsonType;

/** Django REST Framework's serializer messages, with Python's names for JSON types. */
public final class DrfFieldWording implements JsonBodyWording {

    public static final DrfFieldWording INSTANCE = new DrfFieldWording();

    private DrfFieldWording() {}

    @Override
    public String bodyField() {
        return "non_field_errors";
    }

    @Override
    public String notAnObject(JsonType got) {
        return "Invalid data. Expected a dictionary, but got " + pythonName(got) + ".";
    }

    @Override
    public String notText(JsonType got) {
        return "Not a valid string.";
    }

    @Override
    public String notAnId(JsonType got) {
        return "Incorrect type. Expected pk value, received " + pythonName(got) + ".";
    }

    @Override
    public String notABoolean(JsonType got) {
        return "Must be a valid boolean.";
    }

    @Override
    public String notADate() {
        return "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";
    }

    @Override
    public String mayNotBeNull() {
        return "This field may not be null.";
    }

    @Override
    public String notAChoice(String value) {
        return "\"" + value + "\" is not a valid choice.";
    }

    /** Python's names for JSON types, as DRF's messages use them. */
    static String pythonName(JsonType type) {
        return switch (type) {
            case NOTHING -> "nothing";
            case NULL -> "NoneType";
            case BOOLEAN -> "bool";
            case INTEGER -> "int";
            case DECIMAL -> "float";
            case STRING -> "str";
            case ARRAY -> "list";
            case OBJECT -> "dict";
        };
    }
}
