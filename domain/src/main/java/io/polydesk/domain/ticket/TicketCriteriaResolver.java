package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.workflow.Workflow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a caller's ticket filter into the criteria the repository runs: keys resolved to ids, "me" to the caller,
 * and a customer narrowed to their own tickets, so no listing can forget the visibility rule.
 */
final class TicketCriteriaResolver {

    private final Workflow workflow;
    private final TicketTextIndex textIndex;

    TicketCriteriaResolver(Workflow workflow, TicketTextIndex textIndex) {
        this.workflow = workflow;
        this.textIndex = textIndex;
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
        if (!actor.isStaff()) {
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
                .slaBreached(f.slaBreached(), Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .slaDueBefore(f.slaDueBefore())
                .build();
    }
}
