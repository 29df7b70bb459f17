package io.polydesk.api.graphql.ticket;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketSubscriptions;
import io.polydesk.domain.user.User;
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
 * Watchers: following and leaving a ticket, and who follows it. {@code watchers(first:)} takes an argument, which
 * {@code @BatchMapping} cannot key on, so it has its own DataLoader keyed by (ticket, first).
 */
@Controller
class TicketWatchersGraphQlController {

    static final String FIRST_WATCHERS = "ticketFirstWatchers";

    /** A DataLoader key: the first {@code first} watchers of one ticket. */
    record FirstWatchers(Ticket ticket, int first) {}

    record WatchTicketInput(String ticketId, String userId) {}

    private final TicketSubscriptions subscriptions;

    TicketWatchersGraphQlController(TicketSubscriptions subscriptions, BatchLoaderRegistry registry) {
        this.subscriptions = subscriptions;
        registry.<FirstWatchers, List<User>>forName(FIRST_WATCHERS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, CurrentActor.from(env))));
    }

    @MutationMapping
    TicketPayload watchTicket(@Argument WatchTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(subscriptions.watch(
                actor, Ids.require(input.ticketId(), "input.ticketId"), Ids.parse(input.userId(), "input.userId")));
    }

    @MutationMapping
    TicketPayload unwatchTicket(@Argument WatchTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(subscriptions.unwatch(
                actor, Ids.require(input.ticketId(), "input.ticketId"), Ids.parse(input.userId(), "input.userId")));
    }

    @SchemaMapping(typeName = "Ticket", field = "watchers")
    CompletableFuture<List<User>> watchers(Ticket ticket, @Argument Integer first, DataFetchingEnvironment env) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > TicketSubscriptions.MAX_LISTED) {
            throw DomainException.invalid("watchers.first", "must be between 0 and " + TicketSubscriptions.MAX_LISTED);
        }
        DataLoader<FirstWatchers, List<User>> loader = env.getDataLoader(FIRST_WATCHERS);
        return loader.load(new FirstWatchers(ticket, limit));
    }

    @BatchMapping(typeName = "Ticket", field = "watcherCount")
    Map<Ticket, Integer> watcherCount(List<Ticket> batch, GraphQLContext context) {
        Map<Long, Long> counts = subscriptions.watcherCounts(CurrentActor.from(context), batch);
        Map<Ticket, Integer> result = new HashMap<>();
        batch.forEach(t -> result.put(t, counts.getOrDefault(t.id(), 0L).intValue()));
        return result;
    }

    @BatchMapping(typeName = "Ticket", field = "viewerIsWatching")
    Map<Ticket, Boolean> viewerIsWatching(List<Ticket> batch, GraphQLContext context) {
        Set<Long> watched = subscriptions.watchedByViewer(CurrentActor.from(context), batch);
        Map<Ticket, Boolean> result = new HashMap<>();
        batch.forEach(t -> result.put(t, watched.contains(t.id())));
        return result;
    }

    private Map<FirstWatchers, List<User>> load(Set<FirstWatchers> keys, Actor actor) {
        Map<FirstWatchers, List<User>> result = new HashMap<>();
        Map<Integer, List<Ticket>> ticketsByFirst = keys.stream()
                .collect(Collectors.groupingBy(
                        FirstWatchers::first, Collectors.mapping(FirstWatchers::ticket, Collectors.toList())));
        ticketsByFirst.forEach((first, tickets) -> {
            Map<Long, List<User>> loaded = subscriptions.watchersOf(actor, tickets, first);
            tickets.forEach(t -> result.put(new FirstWatchers(t, first), loaded.getOrDefault(t.id(), List.of())));
        });
        return result;
    }
}
