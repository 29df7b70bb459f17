package io.polydesk.compat.support;

/** A dialect's words for what {@link JsonBody} refuses; each dialect answers in its real system's wording. */
public interface JsonBodyWording {

    /** The field name under which a body that is not an object is reported. */
    String bodyField();

    String notAnObject(JsonType got);

    String notText(JsonType got);

    String notAnId(JsonType got);

    String notABoolean(JsonType got);

    String notADate();

    String mayNotBeNull();

    String notAChoice(String value);
}
