package io.polydesk.persistence.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.domain.webhook.DeliveryStatus;
import io.polydesk.domain.webhook.SealedSecrets;
import io.polydesk.domain.webhook.WebhookDelivery;
import io.polydesk.domain.webhook.WebhookDeliveryRepository;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEndpointRepository;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webhook endpoints and their delivery log, as the dispatcher relies on them: what is written reads back the
 * same, one endpoint's messages leave in order, a started attempt hides its row until its lease ends, and a
 * replay keeps its message's first row. Rows of other tests may be in a shared database, so every check is
 * scoped to this test's endpoints.
 */
abstract class WebhookRepositoryContract extends RepositoryTest {

    @Autowired
    WebhookEndpointRepository endpoints;

    @Autowired
    WebhookDeliveryRepository deliveries;

    User admin;

    @BeforeEach
    void anAdministrator() {
        admin = newUser(Role.ADMIN);
    }

    private WebhookEndpoint endpoint(String url, boolean active) {
        return new WebhookEndpoint(
                0,
                url,
                "Ops",
                List.of("ticket.created", "ticket.updated"),
                active,
                admin.id(),
                0,
                0,
                null,
                null,
                T0,
                T0);
    }

    private long insertEndpoint(boolean active) {
        return endpoints.insert(endpoint("https://hooks.example.com/" + unique("e"), active), "sealed-current");
    }

    private long delivery(long endpointId, Long eventId, String messageId, Instant due) {
        return deliveries.insert(new WebhookDelivery(
                0,
                endpointId,
                eventId,
                "ticket.created",
                messageId,
                "{\"n\":" + eventId + "}",
                DeliveryStatus.PENDING,
                0,
                due,
                null,
                null,
                null,
                T0,
                T0));
    }

    @Test
    void anEndpointReadsBackAsWrittenAndChangesAsUpdated() {
        long id = insertEndpoint(true);

        WebhookEndpoint stored = endpoints.findById(id).orElseThrow();
        assertThat(stored)
                .usingRecursiveComparison()
                .ignoringFields("id", "url")
                .isEqualTo(endpoint("ignored", true));
        assertThat(endpoints.list()).extracting(WebhookEndpoint::id).contains(id);

        endpoints.update(new WebhookEndpoint(
                id,
                "https://hooks.example.com/moved",
                null,
                List.of("comment.added"),
                false,
                admin.id(),
                42,
                0,
                "disabled by an administrator",
                null,
                T0,
                T0.plusSeconds(60)));
        assertThat(endpoints.findById(id)).get().satisfies(e -> {
            assertThat(e.url()).isEqualTo("https://hooks.example.com/moved");
            assertThat(e.description()).isNull();
            assertThat(e.eventTypes()).containsExactly("comment.added");
            assertThat(e.active()).isFalse();
            assertThat(e.eventCursor()).isEqualTo(42);
            assertThat(e.disabledReason()).isEqualTo("disabled by an administrator");
            assertThat(e.updatedAt()).isEqualTo(T0.plusSeconds(60));
        });

        endpoints.delete(id);
        assertThat(endpoints.findById(id)).isEmpty();
    }

    @Test
    void rotatingKeepsThePreviousSecretUntilItsEnd() {
        long id = insertEndpoint(true);
        assertThat(endpoints.secrets(id)).contains(new SealedSecrets("sealed-current", null, null));

        endpoints.rotateSecret(id, "sealed-next", "sealed-current", T0.plusSeconds(86_400), T0.plusSeconds(1));

        assertThat(endpoints.secrets(id))
                .contains(new SealedSecrets("sealed-next", "sealed-current", T0.plusSeconds(86_400)));
        assertThat(endpoints.findById(id).orElseThrow().previousSecretUntil()).isEqualTo(T0.plusSeconds(86_400));
    }

    @Test
    void failuresInARowAreCountedUntilOneGetsThroughAndDisablingRecordsWhy() {
        long id = insertEndpoint(true);

        assertThat(endpoints.recordOutcome(id, false, T0)).isEqualTo(1);
        assertThat(endpoints.recordOutcome(id, false, T0)).isEqualTo(2);
        assertThat(endpoints.recordOutcome(id, true, T0)).isZero();
        assertThat(endpoints.recordOutcome(id, false, T0)).isEqualTo(1);

        endpoints.disable(id, "3 deliveries in a row failed", T0.plusSeconds(5));
        assertThat(endpoints.findById(id)).get().satisfies(e -> {
            assertThat(e.active()).isFalse();
            assertThat(e.disabledReason()).isEqualTo("3 deliveries in a row failed");
        });
    }

    @Test
    void fanOutTakesActiveEndpointsAndTheirCursorAdvances() {
        long active = insertEndpoint(true);
        long inactive = insertEndpoint(false);

        assertThat(endpoints.lockActiveForFanOut(10_000))
                .extracting(WebhookEndpoint::id)
                .contains(active)
                .doesNotContain(inactive);

        endpoints.advanceCursor(active, 1234);
        assertThat(endpoints.findById(active).orElseThrow().eventCursor()).isEqualTo(1234);
    }

    @Test
    void aDeliveryReadsBackAndTheLogIsPagedNewestFirst() {
        long endpoint = insertEndpoint(true);
        long first = delivery(endpoint, 1L, unique("msg"), T0);
        long second = delivery(endpoint, 2L, unique("msg"), T0);
        long third = delivery(endpoint, null, unique("msg"), T0);

        assertThat(deliveries.findById(first)).get().satisfies(d -> {
            assertThat(d.endpointId()).isEqualTo(endpoint);
            assertThat(d.eventId()).isEqualTo(1L);
            assertThat(d.payload()).isEqualTo("{\"n\":1}");
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.nextAttemptAt()).isEqualTo(T0);
        });
        assertThat(deliveries.findById(third).orElseThrow().eventId()).isNull();
        assertThat(deliveries.page(endpoint, null, 2))
                .extracting(WebhookDelivery::id)
                .containsExactly(third, second);
        assertThat(deliveries.page(endpoint, second, 10))
                .extracting(WebhookDelivery::id)
                .containsExactly(first);
        assertThat(deliveries.count(endpoint)).isEqualTo(3);
    }

    @Test
    void onlyTheOldestPendingDueMessageOfAnActiveEndpointIsDue() {
        long endpoint = insertEndpoint(true);
        long other = insertEndpoint(true);
        long disabled = insertEndpoint(false);
        long oldest = delivery(endpoint, 1L, unique("msg"), T0);
        long behind = delivery(endpoint, 2L, unique("msg"), T0);
        long notYet = delivery(other, 3L, unique("msg"), T0.plusSeconds(3600));
        long ofDisabled = delivery(disabled, 4L, unique("msg"), T0);

        List<Long> due = deliveries.lockDue(T0.plusSeconds(1), 10_000).stream()
                .map(WebhookDelivery::id)
                .toList();

        assertThat(due).contains(oldest).doesNotContain(behind, notYet, ofDisabled);
    }

    @Test
    void aStartedAttemptHidesItsRowUntilTheLeaseEndsAndItsOutcomeIsLogged() {
        long endpoint = insertEndpoint(true);
        long id = delivery(endpoint, 1L, unique("msg"), T0);

        deliveries.startAttempt(id, T0.plusSeconds(1), T0.plusSeconds(121));
        assertThat(deliveries.lockDue(T0.plusSeconds(60), 10_000))
                .extracting(WebhookDelivery::id)
                .doesNotContain(id);
        assertThat(deliveries.lockDue(T0.plusSeconds(121), 10_000))
                .extracting(WebhookDelivery::id)
                .contains(id);

        deliveries.recordAttempt(id, DeliveryStatus.PENDING, T0.plusSeconds(11), 503, "HTTP 503", T0.plusSeconds(2));
        assertThat(deliveries.findById(id)).get().satisfies(d -> {
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastAttemptAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(d.lastResponseCode()).isEqualTo(503);
            assertThat(d.lastError()).isEqualTo("HTTP 503");
            assertThat(d.nextAttemptAt()).isEqualTo(T0.plusSeconds(11));
        });

        deliveries.recordAttempt(id, DeliveryStatus.DELIVERED, null, 200, null, T0.plusSeconds(12));
        assertThat(deliveries.findById(id)).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.nextAttemptAt()).isNull();
            assertThat(d.lastError()).isNull();
        });
        assertThat(deliveries.lockDue(T0.plusSeconds(9999), 10_000))
                .extracting(WebhookDelivery::id)
                .doesNotContain(id);
    }

    @Test
    void anEventRangeGivesEachMessagesFirstRowEvenAfterAReplay() {
        long endpoint = insertEndpoint(true);
        String message = unique("msg");
        long original = delivery(endpoint, 10L, message, T0);
        long replay = delivery(endpoint, 10L, message, T0);
        long next = delivery(endpoint, 11L, unique("msg"), T0);
        delivery(endpoint, 12L, unique("msg"), T0);

        assertThat(deliveries.byEventRange(endpoint, 10, 11))
                .extracting(WebhookDelivery::id)
                .containsExactly(original, next)
                .doesNotContain(replay);
    }

    @Test
    void deletingAnEndpointRemovesItsLog() {
        long endpoint = insertEndpoint(true);
        long id = delivery(endpoint, 1L, unique("msg"), T0);

        endpoints.delete(endpoint);

        assertThat(deliveries.findById(id)).isEmpty();
    }
}
