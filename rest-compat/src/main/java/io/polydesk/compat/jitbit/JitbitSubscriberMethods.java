package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.ticket.TicketSubscriptions;
import org.springframework.stereotype.Component;

/** A ticket's followers: {@code Subscribers} (User array), {@code AddSubscriber}, {@code RemoveSubscriber}. */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitSubscriberMethods implements JitbitMethods {

    private final TicketSubscriptions subscriptions;
    private final JitbitUserViews views;

    JitbitSubscriberMethods(TicketSubscriptions subscriptions, JitbitUserViews views) {
        this.subscriptions = subscriptions;
        this.views = views;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read(
                "Subscribers",
                call -> views.all(call.actor(), subscriptions.subscribers(call.actor(), call.requiredId("id"))));
        routes.write("AddSubscriber", call -> {
            long ticketId = call.requiredId("id");
            subscriptions.subscribe(call.actor(), ticketId, call.requiredId("userId"));
            return null;
        });
        routes.write("RemoveSubscriber", call -> {
            long ticketId = call.requiredId("id");
            subscriptions.unsubscribe(call.actor(), ticketId, call.requiredId("userId"));
            return null;
        });
    }
}
