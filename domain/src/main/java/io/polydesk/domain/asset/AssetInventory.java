package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The free-form inventory document (OS, BIOS, disks ...). Any JSON-like tree is accepted as long as it stays
 * small enough to store and to send back: bounded depth, entry count and text size.
 */
public final class AssetInventory {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_ENTRIES = 5_000;
    public static final int MAX_CHARACTERS = 262_144;
    static final String FIELD = "inventory";

    private AssetInventory() {}

    /** Records why {@code inventory} is unacceptable, if it is; returns an immutable copy (null stays null). */
    public static Map<String, Object> check(Map<String, Object> inventory, Validation v) {
        if (inventory == null) {
            return null;
        }
        Budget budget = new Budget();
        String problem = walk(inventory, 1, budget);
        if (problem != null) {
            v.add(FIELD, problem);
            return null;
        }
        return copy(inventory);
    }

    private static final class Budget {
        int entries;
        long characters;
    }

    private static String walk(Object node, int depth, Budget budget) {
        if (depth > MAX_DEPTH) {
            return "must nest at most " + MAX_DEPTH + " levels deep";
        }
        if (node == null || node instanceof Boolean || node instanceof Number) {
            budget.characters += 8;
        } else if (node instanceof CharSequence text) {
            budget.characters += text.length();
        } else if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return "must have text keys";
                }
                budget.characters += key.length();
                String problem = visit(entry.getValue(), depth, budget);
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node instanceof Collection<?> list) {
            for (Object item : list) {
                String problem = visit(item, depth, budget);
                if (problem != null) {
                    return problem;
                }
            }
        } else {
            return "must hold only objects, arrays, text, numbers, booleans and nulls";
        }
        return budget.characters > MAX_CHARACTERS
                ? "must be at most " + MAX_CHARACTERS + " characters of content"
                : null;
    }

    private static String visit(Object child, int depth, Budget budget) {
        if (++budget.entries > MAX_ENTRIES) {
            return "must have at most " + MAX_ENTRIES + " entries";
        }
        return walk(child, depth + 1, budget);
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, value) -> copy.put((String) k, copy(value)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (node instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return (T) Collections.unmodifiableList(copy);
        }
        return node;
    }
}
