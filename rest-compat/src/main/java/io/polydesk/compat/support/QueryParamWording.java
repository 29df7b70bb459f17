package io.polydesk.compat.support;

/** A dialect's words for what {@link QueryParams} refuses. */
public interface QueryParamWording {

    String notAnInteger();

    String lessThan(int minimum);

    String notAChoice(String value);

    String notABoolean(String value);

    String notADate();
}
