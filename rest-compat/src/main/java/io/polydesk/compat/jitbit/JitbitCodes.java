package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Jitbit's numeric codes for Polydesk's statuses, priorities and origins (the table is in package-info).
 * StatusID 1, 2 and 3 are {@code new}, {@code in_progress} and {@code closed}; every other status keeps its own id,
 * except the statuses whose own id is 1, 2 or 3, which take the ids those three leave free, so the mapping stays
 * one-to-one both ways.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitCodes {

    /** Jitbit's three built-in statuses, by their StatusID. */
    private static final Map<Integer, String> BUILT_IN = Map.of(1, Workflow.NEW, 2, "in_progress", 3, Workflow.CLOSED);

    /** Jitbit priority to Polydesk priority key; {@code very_low} shows as -1 too. */
    private static final Map<Integer, String> PRIORITIES = Map.of(-1, "low", 0, "medium", 1, "high", 2, "critical");

    /** Jitbit origin code to Polydesk ticket source, in Jitbit's order. */
    private static final List<String> ORIGINS =
            List.of("web", "email", "widget", "api", "scheduler", "mobile_app", "phone", "live_chat", "in_person");

    private static final List<String> ORIGIN_NAMES =
            List.of("WebApp", "Email", "Widget", "API", "Scheduler", "MobileApp", "Phone", "LiveChat", "InPerson");

    private final Workflow workflow;

    JitbitCodes(Workflow workflow) {
        this.workflow = workflow;
    }

    long statusId(Status status) {
        for (Map.Entry<Integer, String> slot : BUILT_IN.entrySet()) {
            if (slot.getValue().equals(status.key())) {
                return slot.getKey();
            }
        }
        if (status.id() >= 1 && status.id() <= 3) {
            return workflow.status(BUILT_IN.get((int) status.id()))
                    .map(Status::id)
                    .orElse(status.id());
        }
        return status.id();
    }

    /** The Polydesk status a Jitbit StatusID names; empty when none. */
    Optional<Status> status(long jitbitId) {
        if (jitbitId >= 1 && jitbitId <= 3) {
            return workflow.status(BUILT_IN.get((int) jitbitId));
        }
        for (Map.Entry<Integer, String> slot : BUILT_IN.entrySet()) {
            Optional<Status> builtIn = workflow.status(slot.getValue());
            if (builtIn.isPresent() && builtIn.get().id() == jitbitId) {
                // a built-in status left this id free; the status whose own id is the slot's number took it
                return workflow.statuses().stream()
                        .filter(s -> s.id() == slot.getKey())
                        .findFirst();
            }
        }
        return workflow.statuses().stream()
                .filter(s -> s.id() == jitbitId && statusId(s) == jitbitId)
                .findFirst();
    }

    /** Jitbit's display name: its own for the built-in three, Polydesk's for the rest. */
    String statusName(Status status) {
        return switch ((int) statusId(status)) {
            case 1 -> "New";
            case 2 -> "In process";
            case 3 -> "Closed";
            default -> status.name();
        };
    }

    int priority(Priority priority) {
        if (priority.key().equals("very_low")) {
            return -1;
        }
        return PRIORITIES.entrySet().stream()
                .filter(e -> e.getValue().equals(priority.key()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() ->
                        priority.level() >= 50 ? 2 : priority.level() >= 40 ? 1 : priority.level() >= 30 ? 0 : -1);
    }

    /** The Polydesk priority key of a Jitbit priority; null when {@code code} is not -1..2. */
    String priorityKey(int code) {
        return PRIORITIES.get(code);
    }

    /** The Polydesk source of a Jitbit origin code; null when not 0..8. */
    String source(int origin) {
        return origin >= 0 && origin < ORIGINS.size() ? ORIGINS.get(origin) : null;
    }

    String originName(String source) {
        int index = ORIGINS.indexOf(source);
        if (index >= 0) {
            return ORIGIN_NAMES.get(index);
        }
        return source == null ? null : source.startsWith("web") || source.equals("user_portal") ? "WebApp" : source;
    }
}
