package io.polydesk.api.graphql.support;

import io.polydesk.domain.shared.DomainException;

/** GraphQL IDs are strings on the wire; Polydesk's are positive numbers. A bad one is the caller's mistake. */
public final class Ids {

    private Ids() {}

    /** The numeric id, or null when {@code raw} is null; {@code path} names the argument in the error. */
    public static Long parse(String raw, String path) {
        if (raw == null) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, with the argument's name
        }
        throw DomainException.invalid(path, "must be a numeric ID, got '" + abbreviate(raw) + "'");
    }

    public static long require(String raw, String path) {
        Long id = parse(raw, path);
        if (id == null) {
            throw DomainException.invalid(path, "must be given");
        }
        return id;
    }

    public static String of(long id) {
        return Long.toString(id);
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
    }
}
