package io.polydesk.compat.ticketingv1;

import io.polydesk.domain.shared.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The document's four statuses and four priorities, and how Polydesk's wider workflow folds onto them: every
 * Polydesk status shows as the Ticketing word of the same phase, and filtering by that word finds them all.
 */
final class TicketingVocabulary {

    static final List<String> STATUSES = List.of("open", "in_progress", "resolved", "closed");
    static final List<String> PRIORITIES = List.of("low", "medium", "high", "critical");
    static final List<String> ROLES = List.of("admin", "agent", "customer");
    static final List<String> USER_STATUSES = List.of("active", "inactive");

    private static final Map<String, List<String>> STATUS_KEYS = Map.of(
            "open", List.of("new", "incoming", "open", "reopened"),
            "in_progress", List.of("assigned", "in_progress", "on_hold", "blocked"),
            "resolved", List.of("resolved"),
            "closed", List.of("closed", "duplicate"));
    private static final Map<String, List<String>> PRIORITY_KEYS = Map.of(
            "low", List.of("low", "very_low"),
            "medium", List.of("medium"),
            "high", List.of("high"),
            "critical", List.of("critical"));

    private TicketingVocabulary() {}

    /** The Ticketing status a Polydesk status key shows as; unknown keys (added later) show as {@code open}. */
    static String status(String polydeskKey) {
        return shownAs(polydeskKey, STATUS_KEYS, "open");
    }

    static String priority(String polydeskKey) {
        return shownAs(polydeskKey, PRIORITY_KEYS, "medium");
    }

    /** The Polydesk status keys a Ticketing status filter stands for. */
    static List<String> statusKeys(String status) {
        return STATUS_KEYS.get(status);
    }

    static List<String> priorityKeys(String priority) {
        return PRIORITY_KEYS.get(priority);
    }

    static String role(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static Role role(String role) {
        return Role.valueOf(role.toUpperCase(Locale.ROOT));
    }

    /** The document's message for a value outside a fixed list, as its one error example words it. */
    static String mustBeOneOf(String field, List<String> values) {
        return label(field) + " must be one of: " + String.join(", ", values);
    }

    /** A wire name as the start of a message: {@code assigned_to} is "Assigned to". */
    static String label(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1).replace('_', ' ');
        return last.isEmpty() ? field : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    private static String shownAs(String key, Map<String, List<String>> keys, String fallback) {
        return keys.entrySet().stream()
                .filter(e -> e.getValue().contains(key))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(fallback);
    }
}
