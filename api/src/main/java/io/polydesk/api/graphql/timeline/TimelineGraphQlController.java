package io.polydesk.api.graphql.timeline;

import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.timeline.TimelineEvents.AssignedEvent;
import io.polydesk.api.graphql.timeline.TimelineEvents.Event;
import io.polydesk.api.graphql.timeline.TimelineEvents.StatusChangedEvent;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.timeline.TimelineItem;
import io.polydesk.domain.timeline.TimelineQueries;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code Ticket.timeline(first, after)} and the fields of its history-based items. The timeline takes arguments,
 * which {@code @BatchMapping} cannot key on, so it has its own DataLoader keyed by (ticket, first, after, counted):
 * first pages of any number of tickets cost one statement for the order and one per source present; a page after
 * a cursor (which belongs to one ticket) is loaded on its own. The people items name share one more DataLoader.
 */
@Controller
class TimelineGraphQlController {

    static final String TIMELINES = "ticketTimelines";
    static final String PEOPLE = "timelinePeople";

    /** A DataLoader key: one window of one ticket's timeline. */
    record Window(long ticketId, Integer first, String after, boolean counted) {}

    private final TimelineQueries timelines;
    private final Workflow workflow;

    TimelineGraphQlController(
            TimelineQueries timelines, UserQueries users, Workflow workflow, BatchLoaderRegistry registry) {
        this.timelines = timelines;
        this.workflow = workflow;
        registry.<Window, CursorPage<TimelineItem>>forName(TIMELINES)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, CurrentActor.from(env))));
        registry.<Long, User>forName(PEOPLE)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> users.byIds(ids)));
    }

    @SchemaMapping(typeName = "Ticket", field = "timeline")
    CompletableFuture<Connection<Object>> timeline(
            Ticket ticket, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        TimelineQueries.checkWindow(ticket.id(), first, after);
        boolean counted = env.getSelectionSet().contains("totalCount");
        DataLoader<Window, CursorPage<TimelineItem>> loader = env.getDataLoader(TIMELINES);
        return loader.load(new Window(ticket.id(), first, after, counted))
                .thenApply(page -> Connection.of(page, TimelineEvents::node));
    }

    @SchemaMapping(typeName = "StatusChangedEvent")
    Status from(StatusChangedEvent event) {
        return workflow.status(event.change().fromValue()).orElse(null);
    }

    @SchemaMapping(typeName = "StatusChangedEvent")
    Status to(StatusChangedEvent event) {
        return workflow.status(event.change().toValue()).orElse(null);
    }

    @SchemaMapping(typeName = "StatusChangedEvent", field = "actor")
    CompletableFuture<User> statusActor(Event event, DataFetchingEnvironment env) {
        return person(event.actorId(), env);
    }

    @SchemaMapping(typeName = "AssignedEvent", field = "actor")
    CompletableFuture<User> assignmentActor(Event event, DataFetchingEnvironment env) {
        return person(event.actorId(), env);
    }

    @SchemaMapping(typeName = "FieldChangedEvent", field = "actor")
    CompletableFuture<User> fieldActor(Event event, DataFetchingEnvironment env) {
        return person(event.actorId(), env);
    }

    @SchemaMapping(typeName = "LinkedEvent", field = "actor")
    CompletableFuture<User> linkActor(Event event, DataFetchingEnvironment env) {
        return person(event.actorId(), env);
    }

    @SchemaMapping(typeName = "MergedEvent", field = "actor")
    CompletableFuture<User> mergeActor(Event event, DataFetchingEnvironment env) {
        return person(event.actorId(), env);
    }

    @SchemaMapping(typeName = "AssignedEvent")
    CompletableFuture<User> assignee(AssignedEvent event, DataFetchingEnvironment env) {
        return person(event.assigneeId(), env);
    }

    @SchemaMapping(typeName = "AssignedEvent")
    CompletableFuture<User> previousAssignee(AssignedEvent event, DataFetchingEnvironment env) {
        return person(event.previousAssigneeId(), env);
    }

    private static CompletableFuture<User> person(Long id, DataFetchingEnvironment env) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<Long, User> loader = env.getDataLoader(PEOPLE);
        return loader.load(id);
    }

    private Map<Window, CursorPage<TimelineItem>> load(Set<Window> keys, Actor actor) {
        Map<Window, CursorPage<TimelineItem>> result = new HashMap<>();
        Map<List<Object>, List<Window>> firstPages = keys.stream()
                .filter(k -> k.after() == null)
                .collect(Collectors.groupingBy(
                        k -> List.of(k.first() == null ? KeysetWindow.DEFAULT_SIZE : k.first(), k.counted())));
        firstPages.forEach((shape, windows) -> {
            Map<Long, CursorPage<TimelineItem>> pages = timelines.firstWindows(
                    actor, windows.stream().map(Window::ticketId).toList(), (Integer) shape.get(0), (Boolean)
                            shape.get(1));
            windows.forEach(w -> result.put(w, pages.get(w.ticketId())));
        });
        keys.stream()
                .filter(k -> k.after() != null)
                .forEach(k -> result.put(k, timelines.window(actor, k.ticketId(), k.first(), k.after(), k.counted())));
        return result;
    }
}
