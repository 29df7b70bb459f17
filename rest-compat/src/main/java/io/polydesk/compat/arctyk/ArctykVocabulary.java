package io.polydesk.compat.arctyk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arctyk's status and priority slugs and how Polydesk's wider workflow folds onto them. Statuses other dialects
 * add ({@code incoming}, {@code assigned}, {@code reopened}, {@code duplicate}) show as the Arctyk status of the
 * same meaning and category, and an Arctyk filter slug matches them too, so a client only ever meets its own words.
 */
final class ArctykVocabulary {

    static final Set<String> STATUSES =
            Set.of("new", "open", "in_progress", "on_hold", "blocked", "resolved", "closed");
    static final Set<String> PRIORITIES = Set.of("low", "medium", "high", "critical");

    private static final Map<String, String> STATUS_SHOWN_AS = Map.of(
            "incoming", "new",
            "reopened", "open",
            "assigned", "in_progress",
            "duplicate", "closed");
    private static final Map<String, String> PRIORITY_SHOWN_AS = Map.of("very_low", "low");

    private ArctykVocabulary() {}

    static String status(String polydeskKey) {
        return STATUS_SHOWN_AS.getOrDefault(polydeskKey, polydeskKey);
    }

    static String priority(String polydeskKey) {
        return PRIORITY_SHOWN_AS.getOrDefault(polydeskKey, polydeskKey);
    }

    /** The Polydesk status keys an Arctyk status filter stands for. */
    static List<String> statusKeys(String slug) {
        return keysShownAs(slug, STATUS_SHOWN_AS);
    }

    /** The Polydesk priority keys an Arctyk priority filter stands for. */
    static List<String> priorityKeys(String slug) {
        return keysShownAs(slug, PRIORITY_SHOWN_AS);
    }

    private static List<String> keysShownAs(String slug, Map<String, String> shownAs) {
        List<String> keys = new ArrayList<>(List.of(slug));
        shownAs.forEach((key, shown) -> {
            if (shown.equals(slug)) {
                keys.add(key);
            }
        });
        return keys;
    }
}
