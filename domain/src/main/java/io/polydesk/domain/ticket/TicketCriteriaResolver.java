package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a caller's ticket filter into the criteria the repository runs: keys resolved to ids, "me" to the caller,
 * and a customer narrowed to their own tickets, so no listing can forget the visibility rule.
 */
final class TicketCriteriaResolver {

    private final Workflow workflow;
    private final TicketTextIndex textIndex;
    private final Clock clock;

    TicketCriteriaResolver(Workflow workflow, TicketTextIndex textIndex, Clock clock) {
        this.workflow = workflow;
        this.textIndex = textIndex;
        this.clock = clock;
    }

    TicketCriteria of(Actor actor, TicketFilter f) {
        boolean nothing = false;
        List<Long> statusIds = new ArrayList<>();
        for (String key : f.statuses()) {
            statusIds.add(workflow.statusOrInvalid(key, "filter.status").id());
        }
        List<Long> priorityIds = new ArrayList<>();
        for (String key : f.priorities()) {
            priorityIds.add(workflow.priorityOrInvalid(key, "filter.priority").id());
        }
        Long assigneeId = null;
        Boolean assigned = null;
        if (f.assignee() != null) {
            switch (f.assignee().kind()) {
                case ME -> assigneeId = actor.userId();
                case USER -> assigneeId = f.assignee().userId();
                case UNASSIGNED -> assigned = false;
                case ANY -> assigned = true;
                default -> throw new IllegalStateException();
            }
        }
        Long requesterId = f.requesterId();
        if (!actor.isStaff() || f.requestedByCaller()) {
            if (requesterId != null && requesterId != actor.userId()) {
                nothing = true;
            }
            requesterId = actor.userId();
        }
        String text = Optional.ofNullable(f.text())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("filter.text", "must be at most 200 characters");
        }
        List<Long> ids = List.of();
        if (text != null && !nothing) {
            Optional<List<Long>> candidates = textIndex.candidates(text, requesterId, actor.isStaff());
            if (candidates.isPresent()) {
                ids = candidates.get();
                nothing = ids.isEmpty();
                text = null;
            }
        }
        if ((f.slaBreached() != null || f.slaDueBefore() != null) && !actor.isStaff()) {
            throw DomainException.forbidden("SLA filters are for agents and administrators");
        }
        String tag = Optional.ofNullable(f.tag())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        return TicketCriteria.builder()
                .statusIds(statusIds)
                .priorityIds(priorityIds)
                .assigneeId(assigneeId)
                .assigned(assigned)
                .requesterId(requesterId)
                .projectId(f.projectId())
                .tag(tag)
                .text(text)
                .createdFrom(f.createdFrom())
                .createdTo(f.createdTo())
                .updatedFrom(f.updatedFrom())
                .updatedTo(f.updatedTo())
                .dueFrom(f.dueFrom())
                .dueTo(f.dueTo())
                .nothing(nothing)
                .companyId(f.companyId())
                .ids(ids)
                .inbox(inbox(actor, f.inbox()))
                .slaBreached(f.slaBreached(), clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .slaDueBefore(f.slaDueBefore())
                .projectIds(bounded(f.projectIds(), "filter.projectIds"))
                .followerId(f.followedByCaller() ? actor.userId() : null)
                .build();
    }

    /** The most values one inbox filter list takes; each becomes a bound parameter. */
    static final int MAX_VALUES = 50;

    private TicketCriteria.Inbox inbox(Actor actor, TicketFilter.Inbox in) {
        if (!actor.isStaff() && !(in.teamIds().isEmpty() && in.teamIdsNot().isEmpty())) {
            // Teams are the service desk's routing, which customers do not see.
            throw DomainException.forbidden("Only agents and administrators filter by team");
        }
        bounded(in.teamIds(), "filter.teamIds");
        bounded(in.typeIds(), "filter.typeIds");
        bounded(in.teamIdsNot(), "filter.teamIdsNot");
        List<Long> statusIdsNot = new ArrayList<>();
        for (String key : bounded(in.statusesNot(), "filter.statusNot")) {
            statusIdsNot.add(workflow.statusOrInvalid(key, "filter.statusNot").id());
        }
        return new TicketCriteria.Inbox(
                in.teamIds(),
                in.typeIds(),
                tagNames(in.tagsAll(), "filter.tagsAll"),
                tagNames(in.tagsAny(), "filter.tagsAny"),
                tagNames(in.tagsNone(), "filter.tagsNone"),
                statusIdsNot,
                in.teamIdsNot());
    }

    /** Tag names compare ignoring case, so they are kept in lower case, without blanks or repeats. */
    private static List<String> tagNames(List<String> names, String field) {
        List<String> cleaned = new ArrayList<>();
        for (String name : bounded(names, field)) {
            String tag = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                throw DomainException.invalid(field, "tag names must not be blank");
            }
            if (!cleaned.contains(tag)) {
                cleaned.add(tag);
            }
        }
        return cleaned;
    }

    private static <T> List<T> bounded(List<T> values, String field) {
        if (values.size() > MAX_VALUES) {
            throw DomainException.invalid(field, "takes at most " + MAX_VALUES + " values");
        }
        return values;
    }
}
