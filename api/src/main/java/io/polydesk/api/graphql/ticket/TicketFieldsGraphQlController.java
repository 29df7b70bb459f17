package io.polydesk.api.graphql.ticket;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code Ticket} that point elsewhere. Each is loaded for all tickets of a response at once,
 * so a page of tickets costs the same number of queries whatever its size.
 */
@Controller
class TicketFieldsGraphQlController {

    private final TicketQueries tickets;
    private final UserQueries users;
    private final ProjectService projects;
    private final CustomFieldService customFields;

    TicketFieldsGraphQlController(
            TicketQueries tickets, UserQueries users, ProjectService projects, CustomFieldService customFields) {
        this.tickets = tickets;
        this.users = users;
        this.projects = projects;
        this.customFields = customFields;
    }

    @BatchMapping
    Map<Ticket, User> requester(List<Ticket> batch) {
        return Batches.byKey(batch, Ticket::requesterId, users::byIds);
    }

    @BatchMapping
    Map<Ticket, User> assignee(List<Ticket> batch) {
        return Batches.byKey(batch, Ticket::assigneeId, users::byIds);
    }

    @BatchMapping
    Map<Ticket, Project> project(List<Ticket> batch) {
        return Batches.byKey(batch, Ticket::projectId, projects::byIds);
    }

    @BatchMapping
    Map<Ticket, List<String>> tags(List<Ticket> batch) {
        Map<Long, List<Tag>> tags = tickets.tagsOf(Batches.ids(batch, Ticket::id));
        Map<Ticket, List<String>> result = new HashMap<>();
        for (Ticket t : batch) {
            result.put(
                    t,
                    tags.getOrDefault(t.id(), List.of()).stream()
                            .map(Tag::name)
                            .sorted()
                            .toList());
        }
        return result;
    }

    @BatchMapping
    Map<Ticket, Status> status(List<Ticket> batch) {
        return batch.stream().distinct().collect(Collectors.toMap(Function.identity(), tickets::status));
    }

    @BatchMapping
    Map<Ticket, Priority> priority(List<Ticket> batch) {
        return batch.stream().distinct().collect(Collectors.toMap(Function.identity(), tickets::priority));
    }

    @BatchMapping
    Map<Ticket, List<TicketFieldValue>> customFields(List<Ticket> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        Map<Long, CustomFieldDefinition> definitions = customFields.ticketFields(actor).stream()
                .collect(Collectors.toMap(CustomFieldDefinition::id, Function.identity()));
        Map<Long, List<CustomFieldValue>> values = tickets.customFieldsOf(Batches.ids(batch, Ticket::id));
        Map<Ticket, List<TicketFieldValue>> result = new HashMap<>();
        for (Ticket t : batch) {
            result.put(
                    t,
                    values.getOrDefault(t.id(), List.of()).stream()
                            .filter(v -> definitions.containsKey(v.fieldId()))
                            .map(v -> {
                                CustomFieldDefinition d = definitions.get(v.fieldId());
                                return new TicketFieldValue(d.key(), d.name(), d.type(), v.value());
                            })
                            .sorted(Comparator.comparing(TicketFieldValue::key))
                            .toList());
        }
        return result;
    }

    @BatchMapping
    Map<Ticket, List<TicketChange>> history(List<Ticket> batch, GraphQLContext context) {
        Map<Long, List<TicketChange>> history =
                tickets.historyOf(CurrentActor.from(context), Batches.ids(batch, Ticket::id));
        Map<Ticket, List<TicketChange>> result = new HashMap<>();
        batch.forEach(t -> result.put(t, history.getOrDefault(t.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "TicketChange", field = "actor")
    Map<TicketChange, User> changeActor(List<TicketChange> batch) {
        return Batches.byKey(batch, TicketChange::actorId, users::byIds);
    }
}
