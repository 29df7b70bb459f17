package io.polydesk.api.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code polydesk.events.subscribers}: open subscriptions on this instance; {@code polydesk.events.position}: the
 * id of the last event the live feed has passed on. A position that stops moving while writes go on means the
 * feed is stuck.
 */
@Component
class LiveEventMetrics implements MeterBinder {

    private final EventBroadcaster broadcaster;

    LiveEventMetrics(EventBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("polydesk.events.subscribers", broadcaster, EventBroadcaster::subscriberCount)
                .description("Open GraphQL subscriptions on this instance")
                .register(registry);
        Gauge.builder("polydesk.events.position", broadcaster, b -> b.position())
                .description("Id of the last event the live feed has passed on")
                .register(registry);
    }
}
