package io.polydesk.api.graphql.time;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.time.TimeEntryInputs.DeleteTimeEntryInput;
import io.polydesk.api.graphql.time.TimeEntryInputs.LogTimeInput;
import io.polydesk.api.graphql.time.TimeEntryInputs.UpdateTimeEntryInput;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskQueries;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryQueries;
import io.polydesk.domain.time.TimeEntryService;
import io.polydesk.domain.time.TimeSpent;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Time entries and time totals of tickets. {@code Ticket.timeEntries(first, after)} takes arguments, which
 * {@code @BatchMapping} cannot key on, so it has its own DataLoader keyed by (ticket, first, after): first pages
 * of any number of tickets cost two queries per distinct {@code first}; a page after a cursor (which belongs to
 * one ticket) is loaded on its own.
 */
@Controller
class TimeEntryGraphQlController {

    static final String TIME_ENTRIES = "ticketTimeEntries";

    /** A DataLoader key: one window of one ticket's time entries. */
    record Window(long ticketId, Integer first, String after) {}

    private final TimeEntryService service;
    private final TimeEntryQueries queries;
    private final TaskQueries tasks;
    private final UserQueries users;

    TimeEntryGraphQlController(
            TimeEntryService service,
            TimeEntryQueries queries,
            TaskQueries tasks,
            UserQueries users,
            BatchLoaderRegistry registry) {
        this.service = service;
        this.queries = queries;
        this.tasks = tasks;
        this.users = users;
        registry.<Window, CursorPage<TimeEntry>>forName(TIME_ENTRIES)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, CurrentActor.from(env))));
    }

    @MutationMapping
    TimeEntryPayload logTime(@Argument LogTimeInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long ticketId = Ids.require(input.ticketId(), "input.ticketId");
        return new TimeEntryPayload(service.log(actor, ticketId, input.toCommand()));
    }

    @MutationMapping
    TimeEntryPayload updateTimeEntry(@Argument UpdateTimeEntryInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        return new TimeEntryPayload(service.update(actor, id, input.toCommand()));
    }

    @MutationMapping
    DeletedPayload deleteTimeEntry(@Argument DeleteTimeEntryInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        service.delete(actor, id);
        return DeletedPayload.of(id);
    }

    @SchemaMapping(typeName = "Ticket", field = "timeEntries")
    CompletableFuture<Connection<TimeEntry>> timeEntries(
            Ticket ticket, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        TimeEntryQueries.checkWindow(first, after);
        DataLoader<Window, CursorPage<TimeEntry>> loader = env.getDataLoader(TIME_ENTRIES);
        return loader.load(new Window(ticket.id(), first, after)).thenApply(Connection::of);
    }

    @BatchMapping(typeName = "Ticket")
    Map<Ticket, TimeSpent> timeSpent(List<Ticket> tickets, GraphQLContext context) {
        Map<Long, TimeSpent> totals = queries.totalsOf(CurrentActor.from(context), Batches.ids(tickets, Ticket::id));
        Map<Ticket, TimeSpent> result = new HashMap<>();
        tickets.forEach(t -> {
            if (totals.containsKey(t.id())) {
                result.put(t, totals.get(t.id()));
            }
        });
        return result;
    }

    @BatchMapping
    Map<TimeEntry, User> agent(List<TimeEntry> entries) {
        return Batches.byKey(entries, TimeEntry::agentId, users::byIds);
    }

    @BatchMapping
    Map<TimeEntry, Task> task(List<TimeEntry> entries, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return Batches.byKey(entries, TimeEntry::taskId, ids -> tasks.byIds(actor, ids));
    }

    private Map<Window, CursorPage<TimeEntry>> load(Set<Window> keys, Actor actor) {
        Map<Window, CursorPage<TimeEntry>> result = new HashMap<>();
        Map<Integer, List<Window>> firstPages = keys.stream()
                .filter(k -> k.after() == null)
                .collect(Collectors.groupingBy(k -> k.first() == null ? KeysetWindow.DEFAULT_SIZE : k.first()));
        firstPages.forEach((first, windows) -> {
            Map<Long, CursorPage<TimeEntry>> pages = queries.firstWindows(
                    actor, windows.stream().map(Window::ticketId).toList(), first);
            windows.forEach(w -> result.put(w, pages.get(w.ticketId())));
        });
        keys.stream()
                .filter(k -> k.after() != null)
                .forEach(k -> result.put(k, queries.window(actor, k.ticketId(), k.first(), k.after())));
        return result;
    }
}
