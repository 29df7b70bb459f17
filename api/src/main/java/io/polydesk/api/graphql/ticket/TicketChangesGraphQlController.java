package io.polydesk.api.graphql.ticket;

import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketHistoryQueries;
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
 * {@code Ticket.changes(first, after)}, the paged history. Its own DataLoader is keyed by (ticket, first, after,
 * counted): first pages of any number of tickets cost one query per distinct {@code first} (two with totalCount).
 */
@Controller
class TicketChangesGraphQlController {

    static final String CHANGE_WINDOWS = "ticketChangeWindows";

    /** A DataLoader key: one window of one ticket's history. */
    record Window(long ticketId, Integer first, String after, boolean counted) {}

    private final TicketHistoryQueries history;

    TicketChangesGraphQlController(TicketHistoryQueries history, BatchLoaderRegistry registry) {
        this.history = history;
        registry.<Window, CursorPage<TicketChange>>forName(CHANGE_WINDOWS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, CurrentActor.from(env))));
    }

    @SchemaMapping(typeName = "Ticket", field = "changes")
    CompletableFuture<Connection<TicketChange>> changes(
            Ticket ticket, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        TicketHistoryQueries.checkWindow(ticket.id(), first, after);
        boolean counted = env.getSelectionSet().contains("totalCount");
        DataLoader<Window, CursorPage<TicketChange>> loader = env.getDataLoader(CHANGE_WINDOWS);
        return loader.load(new Window(ticket.id(), first, after, counted)).thenApply(Connection::of);
    }

    private Map<Window, CursorPage<TicketChange>> load(Set<Window> keys, Actor actor) {
        Map<Window, CursorPage<TicketChange>> result = new HashMap<>();
        Map<List<Object>, List<Window>> firstPages = keys.stream()
                .filter(k -> k.after() == null)
                .collect(Collectors.groupingBy(
                        k -> List.of(k.first() == null ? KeysetWindow.DEFAULT_SIZE : k.first(), k.counted())));
        firstPages.forEach((shape, windows) -> {
            Map<Long, CursorPage<TicketChange>> pages = history.firstWindows(
                    actor, windows.stream().map(Window::ticketId).toList(), (Integer) shape.get(0), (Boolean)
                            shape.get(1));
            windows.forEach(w -> result.put(w, pages.get(w.ticketId())));
        });
        keys.stream()
                .filter(k -> k.after() != null)
                .forEach(k -> result.put(k, history.window(actor, k.ticketId(), k.first(), k.after(), k.counted())));
        return result;
    }
}
