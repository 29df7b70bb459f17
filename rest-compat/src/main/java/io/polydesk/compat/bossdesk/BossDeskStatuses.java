package io.polydesk.compat.bossdesk;

import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.util.List;
import java.util.Set;

/**
 * BOSSDesk's four ticket states over Polydesk's workflow: every finished status is {@code closed}; {@code new} and
 * {@code incoming} are {@code incoming}; {@code open} and {@code reopened} are {@code open}; every other unfinished
 * status (assigned, in progress, on hold, blocked...) is {@code assigned}. The Polydesk status itself is the
 * ticket's {@code extended_status}.
 */
final class BossDeskStatuses {

    static final String INCOMING = "incoming";
    static final String OPEN = "open";
    static final String ASSIGNED = "assigned";
    static final String CLOSED = "closed";
    static final Set<String> ALL = Set.of(INCOMING, OPEN, ASSIGNED, CLOSED);

    private BossDeskStatuses() {}

    static String of(Status status) {
        if (status.isDone()) {
            return CLOSED;
        }
        return switch (status.key()) {
            case Workflow.NEW, INCOMING -> INCOMING;
            case Workflow.OPEN, Workflow.REOPENED -> OPEN;
            default -> ASSIGNED;
        };
    }

    /** The end-user side knows only open and closed tickets. */
    static String forRequester(Status status) {
        return status.isDone() ? CLOSED : OPEN;
    }

    /** The Polydesk status keys one end-user state ({@code open} or {@code closed}) stands for. */
    static List<String> requesterKeys(Workflow workflow, String state) {
        return workflow.statuses().stream()
                .filter(s -> forRequester(s).equals(state))
                .map(Status::key)
                .toList();
    }

    /** The Polydesk status keys one BOSSDesk state stands for. */
    static List<String> keys(Workflow workflow, String state) {
        return workflow.statuses().stream()
                .filter(s -> of(s).equals(state))
                .map(Status::key)
                .toList();
    }
}
