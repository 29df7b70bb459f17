package io.polydesk.compat.djangohelpdesk;

import java.util.List;
import java.util.Map;

/**
 * django-helpdesk's numeric status and priority codes and how Polydesk's workflow folds onto them. Every
 * unfinished Polydesk status but {@code reopened} shows as 1 (Open), {@code on_hold} with {@code on_hold: true};
 * priorities run 1 (Critical) to 5 (Very Low).
 */
final class DjangoHelpdeskVocabulary {

    static final int OPEN = 1;

    /** Code to the Polydesk status a write of that code moves to. */
    private static final Map<Integer, String> STATUS_WRITTEN =
            Map.of(1, "open", 2, "reopened", 3, "resolved", 4, "closed", 5, "duplicate");

    private static final Map<Integer, String> STATUS_LABELS =
            Map.of(1, "Open", 2, "Reopened", 3, "Resolved", 4, "Closed", 5, "Duplicate");

    private static final List<String> OPEN_FAMILY =
            List.of("new", "incoming", "open", "assigned", "in_progress", "on_hold", "blocked");

    private static final Map<Integer, String> PRIORITIES =
            Map.of(1, "critical", 2, "high", 3, "medium", 4, "low", 5, "very_low");

    private DjangoHelpdeskVocabulary() {}

    /** The code a Polydesk status shows as; statuses added later that are not known here show as Open. */
    static int statusCode(String polydeskKey) {
        for (Map.Entry<Integer, String> entry : STATUS_WRITTEN.entrySet()) {
            if (entry.getKey() != OPEN && entry.getValue().equals(polydeskKey)) {
                return entry.getKey();
            }
        }
        return OPEN;
    }

    static String statusLabel(int code) {
        return STATUS_LABELS.get(code);
    }

    static boolean isStatusCode(int code) {
        return STATUS_WRITTEN.containsKey(code);
    }

    /** The Polydesk status a write of {@code code} moves to. */
    static String statusKey(int code) {
        return STATUS_WRITTEN.get(code);
    }

    /** The Polydesk status keys a status filter code stands for; empty for a code django-helpdesk lacks. */
    static List<String> statusKeys(int code) {
        if (code == OPEN) {
            return OPEN_FAMILY;
        }
        String key = STATUS_WRITTEN.get(code);
        return key == null ? List.of() : List.of(key);
    }

    static int priorityCode(String polydeskKey) {
        for (Map.Entry<Integer, String> entry : PRIORITIES.entrySet()) {
            if (entry.getValue().equals(polydeskKey)) {
                return entry.getKey();
            }
        }
        return 3;
    }

    static boolean isPriorityCode(int code) {
        return PRIORITIES.containsKey(code);
    }

    static String priorityKey(int code) {
        return PRIORITIES.get(code);
    }

    /** The first followup's title, as django-helpdesk's ticket form writes it. */
    static String openingTitle(String assigneeUsername) {
        return assigneeUsername == null ? "Ticket Opened" : "Ticket Opened & Assigned to " + assigneeUsername;
    }
}
