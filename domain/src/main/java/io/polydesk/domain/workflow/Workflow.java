package io.polydesk.domain.workflow;

import io.polydesk.domain.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Statuses, priorities and the transitions between statuses. The tables are tiny and change only by
 * migration, so they are read once and held.
 */
@Service
public class Workflow {

    public static final String NEW = "new";
    public static final String OPEN = "open";
    public static final String REOPENED = "reopened";
    public static final String ON_HOLD = "on_hold";
    public static final String CLOSED = "closed";
    public static final String DUPLICATE = "duplicate";
    public static final String DEFAULT_PRIORITY = "medium";

    private final WorkflowRepository repository;
    private volatile Tables tables;

    public Workflow(WorkflowRepository repository) {
        this.repository = repository;
    }

    private record Tables(
            List<Status> statuses,
            Map<String, Status> statusByKey,
            Map<Long, Status> statusById,
            List<Priority> priorities,
            Map<String, Priority> priorityByKey,
            Map<Long, Priority> priorityById) {}

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            List<Status> statuses = repository.statuses().stream()
                    .sorted(Comparator.comparingInt(Status::sortOrder))
                    .toList();
            List<Priority> priorities = repository.priorities().stream()
                    .sorted(Comparator.comparingInt(Priority::level).reversed())
                    .toList();
            t = new Tables(
                    statuses,
                    statuses.stream().collect(Collectors.toMap(Status::key, Function.identity())),
                    statuses.stream().collect(Collectors.toMap(Status::id, Function.identity())),
                    priorities,
                    priorities.stream().collect(Collectors.toMap(Priority::key, Function.identity())),
                    priorities.stream().collect(Collectors.toMap(Priority::id, Function.identity())));
            tables = t;
        }
        return t;
    }

    public List<Status> statuses() {
        return tables().statuses();
    }

    public List<Priority> priorities() {
        return tables().priorities();
    }

    public Optional<Status> status(String key) {
        return key == null
                ? Optional.empty()
                : Optional.ofNullable(tables().statusByKey().get(key.toLowerCase()));
    }

    public Status status(long id) {
        Status status = tables().statusById().get(id);
        if (status == null) {
            throw new IllegalStateException("Unknown status id " + id);
        }
        return status;
    }

    public Optional<Priority> priority(String key) {
        return key == null
                ? Optional.empty()
                : Optional.ofNullable(tables().priorityByKey().get(key.toLowerCase()));
    }

    public Priority priority(long id) {
        Priority priority = tables().priorityById().get(id);
        if (priority == null) {
            throw new IllegalStateException("Unknown priority id " + id);
        }
        return priority;
    }

    public Status statusOrInvalid(String key, String field) {
        return status(key)
                .orElseThrow(() -> DomainException.invalid(
                        field,
                        "must be one of " + statuses().stream().map(Status::key).toList()));
    }

    public Priority priorityOrInvalid(String key, String field) {
        return priority(key)
                .orElseThrow(() -> DomainException.invalid(
                        field,
                        "must be one of "
                                + priorities().stream().map(Priority::key).toList()));
    }

    /**
     * Work moves freely among unfinished statuses and on to a finished one. A finished ticket reopens only to
     * {@code open} or {@code reopened}; a resolved one may still be closed, but {@code closed} and
     * {@code duplicate} are final except for reopening.
     */
    public boolean canMove(Status from, Status to) {
        if (from.id() == to.id() || !from.isDone()) {
            return true;
        }
        if (to.isDone()) {
            return !from.key().equals(CLOSED) && !from.key().equals(DUPLICATE);
        }
        return to.key().equals(OPEN) || to.key().equals(REOPENED);
    }
}
