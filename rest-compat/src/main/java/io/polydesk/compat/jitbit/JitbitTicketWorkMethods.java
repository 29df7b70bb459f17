package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitStats;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.ticket.UpdateTicket;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.StatusCategory;
import io.polydesk.domain.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Custom field values ({@code TicketCustomFields}, {@code SetCustomField}, {@code SetCustomFields}), {@code Stats},
 * and the relations between tickets: {@code MergeTickets}, {@code LinkTickets}, {@code UnlinkTickets},
 * {@code AddSubTicket}, {@code RemoveSubTicket}.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitTicketWorkMethods implements JitbitMethods {

    private final TicketQueries queries;
    private final TicketUpdates updates;
    private final TicketMergeService merges;
    private final RelationService relations;
    private final Workflow workflow;
    private final JitbitCustomFields customFields;

    JitbitTicketWorkMethods(
            TicketQueries queries,
            TicketUpdates updates,
            TicketMergeService merges,
            RelationService relations,
            Workflow workflow,
            JitbitCustomFields customFields) {
        this.queries = queries;
        this.updates = updates;
        this.merges = merges;
        this.relations = relations;
        this.workflow = workflow;
        this.customFields = customFields;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read("TicketCustomFields", this::customFields);
        routes.write("SetCustomField", this::setCustomField);
        routes.write("SetCustomFields", this::setCustomFields);
        routes.read("Stats", call -> stats(call.actor()));
        routes.write("MergeTickets", call -> {
            long primary = call.requiredId("id");
            long merged = call.requiredId("id2");
            merges.merge(call.actor(), merged, primary);
            return null;
        });
        routes.write("LinkTickets", call -> {
            long id = call.requiredId("id");
            long other = call.requiredId("id2");
            relations.link(call.actor(), id, other, LinkKind.RELATES_TO);
            return null;
        });
        routes.write("UnlinkTickets", call -> {
            long id = call.requiredId("id");
            long other = call.requiredId("id2");
            relations.unlink(call.actor(), id, other);
            return null;
        });
        routes.write("AddSubTicket", call -> {
            long parent = call.requiredId("parentId");
            long child = call.requiredId("childId");
            relations.setParent(call.actor(), child, parent);
            return null;
        });
        routes.write("RemoveSubTicket", call -> {
            call.requiredId("parentId");
            long child = call.requiredId("childId");
            relations.removeParent(call.actor(), child);
            return null;
        });
    }

    private Object customFields(JitbitCall call) {
        long id = call.requiredId("id");
        Boolean returnUnset = call.params().bool("returnUnset");
        call.params().validate();
        queries.get(call.actor(), id);
        return customFields
                .ofTickets(call.actor(), List.of(id), Boolean.TRUE.equals(returnUnset))
                .get(id);
    }

    private Object setCustomField(JitbitCall call) {
        long ticketId = call.requiredId("ticketId");
        long fieldId = call.requiredId("fieldId");
        String value = call.params().text("value");
        return set(call, ticketId, Map.of(fieldId, value == null ? "" : value), "fieldId");
    }

    private Object setCustomFields(JitbitCall call) {
        long ticketId = call.requiredId("ticketId");
        Map<Long, String> values = call.customFieldParams();
        if (values.isEmpty()) {
            call.params().reject("cf<FieldID>", "at least one is required");
        }
        return set(call, ticketId, values, "cf<FieldID>");
    }

    private Object set(JitbitCall call, long ticketId, Map<Long, String> values, String parameter) {
        call.params().validate();
        Map<String, String> byKey = customFields.byKey(call.actor(), values, call.params(), parameter);
        call.params().validate();
        updates.update(
                call.actor(),
                ticketId,
                UpdateTicket.builder().customFields(Change.to(byKey)).build());
        return null;
    }

    /**
     * New is the {@code new} status, in process the in-progress statuses, closed the finished ones; unanswered are
     * the tickets waiting for staff (to-do statuses), unassigned the unfinished ones with no assignee.
     */
    private JitbitStats stats(Actor actor) {
        List<String> todo = keys(Set.of(StatusCategory.TODO));
        List<String> active = keys(Set.of(StatusCategory.TODO, StatusCategory.IN_PROGRESS));
        return new JitbitStats(
                count(actor, TicketFilter.none()),
                count(
                        actor,
                        TicketFilter.builder()
                                .statuses(keys(Set.of(StatusCategory.DONE)))
                                .build()),
                count(
                        actor,
                        TicketFilter.builder()
                                .statuses(keys(Set.of(StatusCategory.IN_PROGRESS)))
                                .build()),
                count(
                        actor,
                        TicketFilter.builder().statuses(List.of(Workflow.NEW)).build()),
                count(actor, TicketFilter.builder().statuses(todo).build()),
                count(
                        actor,
                        TicketFilter.builder()
                                .statuses(active)
                                .assignee(AssigneeFilter.unassigned())
                                .build()),
                count(actor, TicketFilter.builder().statuses(active).build()));
    }

    private long count(Actor actor, TicketFilter filter) {
        return queries.page(actor, filter, TicketOrder.NEWEST_FIRST, new OffsetPage(1, 1))
                .total();
    }

    private List<String> keys(Set<StatusCategory> categories) {
        return workflow.statuses().stream()
                .filter(s -> categories.contains(s.category()))
                .map(Status::key)
                .toList();
    }
}
