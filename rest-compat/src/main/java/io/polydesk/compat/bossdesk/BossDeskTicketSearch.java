package io.polydesk.compat.bossdesk;

import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ticket list's Ransack allow-list, each condition turned into Polydesk's ticket filter. A search is one or more
 * alternative filters (several with {@code q[m]=or}); a condition that cannot hold leaves no alternative. The end-user
 * side's filters ask the domain for the caller's own tickets only ({@code requestedByCaller}).
 */
final class BossDeskTicketSearch {

    static final Set<String> ATTRIBUTES = Set.of(
            "status",
            "extended_status_id",
            "priority_id",
            "agent_id",
            "requester_id",
            "category_id",
            "tags_name",
            "title_or_description",
            "created_at",
            "updated_at",
            "due_at");

    private BossDeskTicketSearch() {}

    record Search(List<TicketFilter> alternatives, TicketOrder order) {}

    static Search of(Ransack q, Workflow workflow, boolean endUser) {
        List<Conditions> alternatives = new ArrayList<>();
        if (q.any() && q.conditions().size() > 1) {
            for (Ransack.Condition c : q.conditions()) {
                Conditions one = new Conditions(workflow, endUser);
                if (one.apply(c)) {
                    alternatives.add(one);
                }
            }
            if (alternatives.isEmpty()) {
                alternatives.add(new Conditions(workflow, endUser));
            }
        } else {
            Conditions all = new Conditions(workflow, endUser);
            q.conditions().forEach(all::apply);
            alternatives.add(all);
        }
        List<TicketFilter> filters = alternatives.stream()
                .filter(c -> !c.impossible)
                .map(Conditions::filter)
                .toList();
        return new Search(filters, order(q));
    }

    private static TicketOrder order(Ransack q) {
        for (Ransack.Sort s : q.sorts()) {
            TicketOrder.Field field = switch (s.attribute()) {
                case "id", "friendly_id" -> TicketOrder.Field.ID;
                case "created_at" -> TicketOrder.Field.CREATED_AT;
                case "updated_at" -> TicketOrder.Field.UPDATED_AT;
                case "priority_level", "priority" -> TicketOrder.Field.PRIORITY;
                default -> null;
            };
            if (field != null) {
                return new TicketOrder(field, s.descending());
            }
        }
        return TicketOrder.NEWEST_FIRST;
    }

    /** The AND of some conditions; null sets mean "any". Returns false from {@link #apply} for ignored ones. */
    private static final class Conditions {
        private final Workflow workflow;
        private Set<String> statuses;
        private Set<String> priorities;
        private AssigneeFilter assignee;
        private Long requesterId;
        private Long projectId;
        private String tag;
        private String text;
        private Instant createdFrom;
        private Instant createdTo;
        private Instant updatedFrom;
        private Instant updatedTo;
        private LocalDate dueFrom;
        private LocalDate dueTo;
        private boolean impossible;
        private final boolean requesterView;

        Conditions(Workflow workflow, boolean requesterView) {
            this.workflow = workflow;
            this.requesterView = requesterView;
        }

        boolean apply(Ransack.Condition c) {
            try {
                return switch (c.attribute()) {
                    case "status" ->
                        restrictStatuses(
                                c,
                                v -> requesterView
                                        ? BossDeskStatuses.requesterKeys(workflow, v)
                                        : BossDeskStatuses.keys(workflow, v));
                    case "extended_status_id" -> restrictStatuses(c, v -> statusKeyOf(Long.parseLong(v)));
                    case "priority_id" -> restrictPriorities(c);
                    case "agent_id" -> agent(c);
                    case "requester_id" ->
                        c.predicate().equals("eq") && set(() -> requesterId = same(requesterId, id(c)));
                    case "category_id" -> c.predicate().equals("eq") && set(() -> projectId = same(projectId, id(c)));
                    case "tags_name" -> c.predicate().equals("eq") && set(() -> tag = c.value());
                    case "title_or_description" -> c.predicate().equals("cont") && set(() -> text = c.value());
                    case "created_at" -> times(c, true);
                    case "updated_at" -> times(c, false);
                    case "due_at" -> dates(c);
                    default -> false;
                };
            } catch (NumberFormatException | DateTimeParseException e) {
                // Ransack casts a value it cannot read to nil, and a nil condition is dropped.
                return false;
            }
        }

        private boolean restrictStatuses(Ransack.Condition c, Function<String, List<String>> keysOf) {
            Set<String> named = new HashSet<>();
            c.values().forEach(v -> named.addAll(keysOf.apply(v)));
            Set<String> matching = switch (c.predicate()) {
                case "eq", "in", "eq_any", "in_any" -> named;
                case "not_eq", "not_in" ->
                    workflow.statuses().stream()
                            .map(Status::key)
                            .filter(k -> !named.contains(k))
                            .collect(Collectors.toSet());
                default -> null;
            };
            if (matching == null) {
                return false;
            }
            statuses = intersect(statuses, matching);
            return true;
        }

        private boolean restrictPriorities(Ransack.Condition c) {
            Set<String> named = new HashSet<>();
            for (String v : c.values()) {
                long id = Long.parseLong(v);
                workflow.priorities().stream()
                        .filter(p -> p.id() == id)
                        .map(Priority::key)
                        .forEach(named::add);
            }
            Set<String> matching = switch (c.predicate()) {
                case "eq", "in", "eq_any", "in_any" -> named;
                case "not_eq", "not_in" ->
                    workflow.priorities().stream()
                            .map(Priority::key)
                            .filter(k -> !named.contains(k))
                            .collect(Collectors.toSet());
                default -> null;
            };
            if (matching == null) {
                return false;
            }
            priorities = intersect(priorities, matching);
            return true;
        }

        private boolean agent(Ransack.Condition c) {
            AssigneeFilter wanted = switch (c.predicate()) {
                case "eq" -> AssigneeFilter.user(id(c));
                case "null", "blank" -> flagged(c, AssigneeFilter.unassigned(), AssigneeFilter.any());
                case "not_null", "present" -> flagged(c, AssigneeFilter.any(), AssigneeFilter.unassigned());
                default -> null;
            };
            if (wanted == null) {
                return false;
            }
            if (assignee != null && !assignee.equals(wanted)) {
                boolean userAndAny = (assignee.kind() == AssigneeFilter.Kind.ANY
                                && wanted.kind() == AssigneeFilter.Kind.USER)
                        || (wanted.kind() == AssigneeFilter.Kind.ANY && assignee.kind() == AssigneeFilter.Kind.USER);
                if (!userAndAny) {
                    impossible = true;
                } else if (wanted.kind() == AssigneeFilter.Kind.USER) {
                    assignee = wanted;
                }
                return true;
            }
            assignee = wanted;
            return true;
        }

        private static AssigneeFilter flagged(Ransack.Condition c, AssigneeFilter ifTrue, AssigneeFilter ifFalse) {
            Boolean flag = c.flag();
            return flag == null ? null : flag ? ifTrue : ifFalse;
        }

        private boolean times(Ransack.Condition c, boolean created) {
            Instant at = instant(c.value());
            Instant from = null;
            Instant to = null;
            switch (c.predicate()) {
                case "gteq" -> from = at;
                case "gt" -> from = at.plus(1, ChronoUnit.MILLIS);
                case "lt" -> to = at;
                case "lteq" -> to = at.plus(1, ChronoUnit.MILLIS);
                default -> {
                    return false;
                }
            }
            if (created) {
                createdFrom = later(createdFrom, from);
                createdTo = earlier(createdTo, to);
            } else {
                updatedFrom = later(updatedFrom, from);
                updatedTo = earlier(updatedTo, to);
            }
            return true;
        }

        private boolean dates(Ransack.Condition c) {
            LocalDate day = LocalDate.parse(c.value().length() > 10 ? c.value().substring(0, 10) : c.value());
            switch (c.predicate()) {
                case "gteq" -> dueFrom = later(dueFrom, day);
                case "gt" -> dueFrom = later(dueFrom, day.plusDays(1));
                case "lteq" -> dueTo = earlier(dueTo, day);
                case "lt" -> dueTo = earlier(dueTo, day.minusDays(1));
                default -> {
                    return false;
                }
            }
            return true;
        }

        private List<String> statusKeyOf(long id) {
            return workflow.statuses().stream()
                    .filter(s -> s.id() == id)
                    .map(Status::key)
                    .toList();
        }

        private Long same(Long current, long wanted) {
            if (current != null && current != wanted) {
                impossible = true;
            }
            return wanted;
        }

        private static long id(Ransack.Condition c) {
            return Long.parseLong(c.value());
        }

        private Set<String> intersect(Set<String> current, Set<String> wanted) {
            Set<String> result = new HashSet<>(wanted);
            if (current != null) {
                result.retainAll(current);
            }
            if (result.isEmpty()) {
                impossible = true;
            }
            return result;
        }

        private static boolean set(Runnable assignment) {
            assignment.run();
            return true;
        }

        private static Instant instant(String value) {
            return value.length() <= 10
                    ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(value);
        }

        private static <T extends Comparable<? super T>> T later(T a, T b) {
            return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
        }

        private static <T extends Comparable<? super T>> T earlier(T a, T b) {
            return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
        }

        TicketFilter filter() {
            return TicketFilter.builder()
                    .statuses(statuses == null ? null : List.copyOf(statuses))
                    .priorities(priorities == null ? null : List.copyOf(priorities))
                    .assignee(assignee)
                    .requesterId(requesterId)
                    .projectId(projectId)
                    .tag(tag)
                    .text(text)
                    .createdFrom(createdFrom)
                    .createdTo(createdTo)
                    .updatedFrom(updatedFrom)
                    .updatedTo(updatedTo)
                    .dueFrom(dueFrom)
                    .dueTo(dueTo)
                    .requestedByCaller(requesterView)
                    .build();
        }
    }
}
