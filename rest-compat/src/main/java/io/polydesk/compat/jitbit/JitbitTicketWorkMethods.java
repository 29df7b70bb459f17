package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.stats.StatsQueries;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.ticket.UpdateTicket;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Custom field values ({@code TicketCustomFields}, {@code SetCustomField}, {@code SetCustomFields}), {@code Stats}
 * (the domain's {@link io.polydesk.domain.stats.TicketOverview} in Jitbit's names),
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
    private final StatsQueries stats;
    private final JitbitCustomFields customFields;
    private final JitbitTicketConverter converter;

    JitbitTicketWorkMethods(
            TicketQueries queries,
            TicketUpdates updates,
            TicketMergeService merges,
            RelationService relations,
            StatsQueries stats,
            JitbitCustomFields customFields,
            JitbitTicketConverter converter) {
        this.queries = queries;
        this.updates = updates;
        this.merges = merges;
        this.relations = relations;
        this.stats = stats;
        this.customFields = customFields;
        this.converter = converter;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read("TicketCustomFields", this::customFields);
        routes.write("SetCustomField", this::setCustomField);
        routes.write("SetCustomFields", this::setCustomFields);
        routes.read("Stats", call -> converter.toStats(stats.overview(call.actor())));
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
}
