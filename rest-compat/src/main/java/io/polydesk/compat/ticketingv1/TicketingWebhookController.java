package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.QueryParams;
import io.polydesk.compat.ticketingv1.dto.DataEnvelope;
import io.polydesk.compat.ticketingv1.dto.PageEnvelope;
import io.polydesk.compat.ticketingv1.dto.WebhookItem;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.webhook.CreatedWebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEndpointCommand;
import io.polydesk.domain.webhook.WebhookEndpointService;
import io.polydesk.domain.webhook.WebhookEventTypes;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Webhook registration, which the document mentions but does not show: {@code GET /webhooks} (paged like every
 * list), {@code POST /webhooks} {@code {url, events[], description?, active?}} answering 201 with the signing
 * secret (once), {@code GET} and {@code DELETE /webhooks/{id}}. The same endpoints as GraphQL's, administrators only.
 */
@RestController
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingWebhookController {

    private final WebhookEndpointService endpoints;
    private final TicketingConverter converter;
    private final TicketingV1Dialect dialect;

    TicketingWebhookController(
            WebhookEndpointService endpoints, TicketingConverter converter, TicketingV1Dialect dialect) {
        this.endpoints = endpoints;
        this.converter = converter;
        this.dialect = dialect;
    }

    @GetMapping("/webhooks")
    PageEnvelope<WebhookItem> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        QueryParams query = QueryParams.of(params, TicketingWording.INSTANCE);
        OffsetPage paging = TicketingPaging.read(query);
        query.validate();
        List<WebhookEndpoint> all = endpoints.list(actor);
        int from = (int) Math.min(paging.offset(), all.size());
        List<WebhookEndpoint> rows = all.subList(from, Math.min(from + paging.size(), all.size()));
        Page<WebhookEndpoint> page = new Page<>(rows, all.size(), paging);
        return TicketingPaging.envelope(
                request,
                dialect.link(request, "/webhooks"),
                page,
                rows.stream().map(e -> item(e, null)).toList());
    }

    @GetMapping("/webhooks/{id}")
    DataEnvelope<WebhookItem> get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return new DataEnvelope<>(item(endpoints.get(actor, TicketingIds.parse("Webhook", id)), null));
    }

    @PostMapping("/webhooks")
    ResponseEntity<DataEnvelope<WebhookItem>> create(
            @AuthenticationPrincipal Actor actor, @RequestBody JsonNode body, HttpServletRequest request) {
        Actor.requireAdmin(actor);
        JsonBody fields = JsonBody.of(body, TicketingWording.INSTANCE);
        Change<String> url = fields.text("url");
        Change<String> description = fields.text("description");
        Change<Boolean> active = fields.bool("active");
        List<String> events = events(body, fields);
        fields.validate();
        CreatedWebhookEndpoint created;
        try {
            created = endpoints.create(
                    actor, WebhookEndpointCommand.create(url.value(), description.value(), events, active.value()));
        } catch (DomainException e) {
            throw inTheseWords(e);
        }
        WebhookEndpoint endpoint = created.endpoint();
        return ResponseEntity.created(URI.create(dialect.link(request, "/webhooks/" + endpoint.id())))
                .body(new DataEnvelope<>(item(endpoint, created.secret())));
    }

    @DeleteMapping("/webhooks/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        endpoints.delete(actor, TicketingIds.parse("Webhook", id));
        return ResponseEntity.noContent().build();
    }

    /** {@code events}: a non-empty array of the document's event names; anything else is a 400 on the field. */
    private static List<String> events(JsonNode body, JsonBody fields) {
        JsonNode value = body.get("events");
        if (value == null || value.isNull()) {
            fields.reject("events", "The events field is required.");
            return List.of();
        }
        if (!value.isArray() || value.isEmpty()) {
            fields.reject("events", "Expected a non-empty array of " + WebhookEventTypes.ALL);
            return List.of();
        }
        List<String> events = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode event = value.get(i);
            if (event.isString() && WebhookEventTypes.ALL.contains(event.stringValue())) {
                events.add(event.stringValue());
            } else {
                fields.reject("events[" + i + "]", TicketingVocabulary.mustBeOneOf("events", WebhookEventTypes.ALL));
            }
        }
        return events;
    }

    /** The domain names the field {@code eventTypes}; this API calls it {@code events}. */
    private static DomainException inTheseWords(DomainException e) {
        if (e.details().isEmpty()) {
            return e;
        }
        List<FieldError> details = e.details().stream()
                .map(d -> d.field().equals("eventTypes") ? new FieldError("events", d.message()) : d)
                .toList();
        return new DomainException(e.code(), e.getMessage().replace("eventTypes", "events"), details);
    }

    private WebhookItem item(WebhookEndpoint e, String secret) {
        return new WebhookItem(
                Long.toString(e.id()),
                e.url(),
                e.eventTypes(),
                e.description(),
                e.active(),
                e.disabledReason(),
                secret,
                converter.timestamp(e.createdAt()),
                converter.timestamp(e.updatedAt()));
    }
}
