package io.polydesk.api.graphql.event;

import graphql.GraphQLContext;
import io.polydesk.api.events.EventBroadcaster;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.event.TicketEventFilter;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketQueries;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.socket.CloseStatus;
import reactor.core.publisher.Flux;

/**
 * The live-event subscriptions. Arguments are checked before anything streams, so a bad one is an ordinary
 * GraphQL error; a subscriber that falls too far behind is disconnected with {@link #TOO_SLOW}.
 */
@Controller
class TicketEventGraphQlController {

    /** 1013 "try again later": the client may reconnect and resume with the last id it received. */
    static final CloseStatus TOO_SLOW = new CloseStatus(1013, "Subscriber too slow; resume with after");

    private final EventBroadcaster broadcaster;
    private final TicketQueries tickets;

    TicketEventGraphQlController(EventBroadcaster broadcaster, TicketQueries tickets) {
        this.broadcaster = broadcaster;
        this.tickets = tickets;
    }

    @SubscriptionMapping
    Flux<DomainEvent> ticketEvents(
            @Argument TicketEventFilterInput filter,
            @Argument String after,
            @AuthenticationPrincipal Actor actor,
            GraphQLContext context) {
        Actor.require(actor);
        TicketEventFilter criteria = filter == null ? TicketEventFilter.all() : filter.toFilter();
        if (criteria.ticketId() != null) {
            tickets.get(actor, criteria.ticketId());
        }
        return subscribe(actor, criteria, after, context);
    }

    @SubscriptionMapping
    Flux<DomainEvent> commentAdded(
            @Argument String ticketId,
            @Argument String after,
            @AuthenticationPrincipal Actor actor,
            GraphQLContext context) {
        Actor.require(actor);
        long id = Ids.require(ticketId, "ticketId");
        tickets.get(actor, id);
        return subscribe(actor, new TicketEventFilter(id, null, null, Set.of(EventType.COMMENT_ADDED)), after, context);
    }

    private Flux<DomainEvent> subscribe(Actor actor, TicketEventFilter filter, String after, GraphQLContext context) {
        Long afterId = after == null ? null : afterId(after);
        Map<String, Object> connection = SessionAttributes.of(context);
        return broadcaster.subscribe(
                actor, filter, afterId, () -> ClosableGraphQlWebSocketHandler.close(connection, TOO_SLOW));
    }

    /** An event id, or 0 to replay everything the caller may see. */
    private static long afterId(String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DomainException.invalid("after", "must be the id of an event, got '" + raw + "'");
    }
}
