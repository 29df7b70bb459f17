package io.polydesk.domain.webhook;

import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, changing and removing webhook endpoints, administrators only. A new or re-activated endpoint
 * starts with the events after the newest one, so it is not flooded with history (replays reach back).
 */
@Service
public class WebhookEndpointService {

    static final int MAX_DESCRIPTION = 255;

    private final WebhookEndpointRepository endpoints;
    private final WebhookSecretSealer sealer;
    private final WebhookAddressGuard guard;
    private final WebhookSettings settings;
    private final EventLog log;
    private final Optional<WebhookMessages> messages;
    private final Clock clock;

    public WebhookEndpointService(
            WebhookEndpointRepository endpoints,
            WebhookSecretSealer sealer,
            WebhookAddressGuard guard,
            WebhookSettings settings,
            EventLog log,
            Optional<WebhookMessages> messages,
            Clock clock) {
        this.endpoints = endpoints;
        this.sealer = sealer;
        this.guard = guard;
        this.settings = settings;
        this.log = log;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public CreatedWebhookEndpoint create(Actor actor, WebhookEndpointCommand command) {
        Actor.requireAdmin(actor);
        WebhookTestFire.messages(messages);
        String url = checkUrl(command.url().value());
        List<String> types = checkTypes(command.eventTypes().value());
        String description = checkDescription(command.description().value());
        Instant now = now();
        String secret = WebhookSignatures.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(
                0,
                url,
                description,
                types,
                !Boolean.FALSE.equals(command.active().value()),
                actor.userId(),
                latestEventId(),
                0,
                null,
                null,
                now,
                now);
        long id = endpoints.insert(endpoint, sealer.seal(secret));
        return new CreatedWebhookEndpoint(secret, endpoints.findById(id).orElseThrow());
    }

    @Transactional
    public WebhookEndpoint update(Actor actor, long id, WebhookEndpointCommand command) {
        Actor.requireAdmin(actor);
        WebhookEndpoint current = find(id);
        String url = command.url().isPresent() ? checkUrl(command.url().value()) : current.url();
        List<String> types = command.eventTypes().isPresent()
                ? checkTypes(command.eventTypes().value())
                : current.eventTypes();
        String description = command.description().isPresent()
                ? checkDescription(command.description().value())
                : current.description();
        Boolean activeChange = command.active().orElse(current.active());
        if (activeChange == null) {
            throw DomainException.invalid("active", "must not be null");
        }
        boolean reactivated = activeChange && !current.active();
        endpoints.update(new WebhookEndpoint(
                id,
                url,
                description,
                types,
                activeChange,
                current.createdBy(),
                reactivated ? latestEventId() : current.eventCursor(),
                reactivated ? 0 : current.failedInARow(),
                activeChange ? null : current.disabledReason(),
                current.previousSecretUntil(),
                current.createdAt(),
                now()));
        return find(id);
    }

    @Transactional
    public WebhookEndpoint delete(Actor actor, long id) {
        Actor.requireAdmin(actor);
        WebhookEndpoint endpoint = find(id);
        endpoints.delete(id);
        return endpoint;
    }

    public List<WebhookEndpoint> list(Actor actor) {
        Actor.requireAdmin(actor);
        return endpoints.list();
    }

    public WebhookEndpoint get(Actor actor, long id) {
        Actor.requireAdmin(actor);
        return find(id);
    }

    /** A new secret, shown once; the old one keeps signing alongside it for the rotation window. */
    @Transactional
    public CreatedWebhookEndpoint rotateSecret(Actor actor, long id) {
        Actor.requireAdmin(actor);
        find(id);
        SealedSecrets old = endpoints.secrets(id).orElseThrow();
        String secret = WebhookSignatures.newSecret();
        Instant now = now();
        endpoints.rotateSecret(id, sealer.seal(secret), old.current(), now.plus(settings.rotationWindow()), now);
        return new CreatedWebhookEndpoint(secret, find(id));
    }

    /** Where a new or re-activated endpoint starts reading events. */
    private long latestEventId() {
        return log.lastId();
    }

    WebhookEndpoint find(long id) {
        return endpoints.findById(id).orElseThrow(() -> DomainException.notFound("Webhook endpoint", id));
    }

    private String checkUrl(String url) {
        return guard.checkRegistration(url, "url").toString();
    }

    private static List<String> checkTypes(List<String> types) {
        Validation validation = new Validation();
        if (types == null || types.isEmpty()) {
            validation.add("eventTypes", "must name at least one of " + WebhookEventTypes.ALL);
        } else {
            for (String type : types) {
                validation.check(
                        type != null && WebhookEventTypes.ALL.contains(type),
                        "eventTypes",
                        "'" + abbreviate(type) + "' is not one of " + WebhookEventTypes.ALL);
            }
        }
        validation.throwIfInvalid();
        return List.copyOf(new LinkedHashSet<>(types));
    }

    private static String checkDescription(String description) {
        new Validation().maxLength(description, MAX_DESCRIPTION, "description").throwIfInvalid();
        return description == null || description.isBlank() ? null : description.strip();
    }

    private static String abbreviate(String value) {
        String text = Objects.toString(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
