package io.polydesk.compat.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every field error of one request, so the client learns of all of them in one answer. */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Raises every error collected so far as one {@link RequestRejected}. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw RequestRejected.fields(errors);
        }
    }
}
