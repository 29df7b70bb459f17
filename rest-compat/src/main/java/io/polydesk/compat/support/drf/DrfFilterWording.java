package io.polydesk.compat.support.drf;

import io.polydesk.compat.support.QueryParamWording;

/** django-filter's and DRF's paginator messages for query parameters. */
public final class DrfFilterWording implements QueryParamWording {

    public static final DrfFilterWording INSTANCE = new DrfFilterWording();

    private DrfFilterWording() {}

    @Override
    public String notAnInteger() {
        return "A valid integer is required.";
    }

    @Override
    public String lessThan(int minimum) {
        return "Ensure this value is greater than or equal to " + minimum + ".";
    }

    @Override
    public String notAChoice(String value) {
        return "Select a valid choice. " + value + " is not one of the available choices.";
    }

    @Override
    public String notABoolean(String value) {
        return notAChoice(value);
    }

    @Override
    public String notADate() {
        return "Enter a valid date.";
    }
}
