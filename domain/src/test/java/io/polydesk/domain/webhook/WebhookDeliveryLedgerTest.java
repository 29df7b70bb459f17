package io.polydesk.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the ledger writes after an attempt: retry with backoff inside the window, final failure after, disabling. */
class WebhookDeliveryLedgerTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");

    private final WebhookDeliveryRepository deliveries = mock(WebhookDeliveryRepository.class);
    private final WebhookEndpointRepository endpoints = mock(WebhookEndpointRepository.class);
    private final WebhookSettings settings = WebhookSettings.defaults();

    private WebhookDeliveryLedger at(Instant now) {
        return new WebhookDeliveryLedger(
                deliveries, endpoints, mock(WebhookSigning.class), settings, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A claimed delivery that has been tried {@code tried} times before this attempt. */
    private static WebhookAttempt attempt(int tried) {
        WebhookDelivery delivery = new WebhookDelivery(
                7,
                3,
                42L,
                "ticket.created",
                "msg_1",
                "{}",
                DeliveryStatus.PENDING,
                tried,
                CREATED,
                null,
                null,
                null,
                CREATED,
                CREATED);
        return new WebhookAttempt(
                delivery, new WebhookRequest(URI.create("https://hooks.example.com/"), "msg_1", 1, "v1,x", "{}"));
    }

    @Test
    void aServerErrorWithinTheDayIsRetriedLaterWithTheDelayOfItsAttempt() {
        Instant now = CREATED.plus(Duration.ofHours(3));
        at(now).record(attempt(2), SendResult.answered(503, null));

        ArgumentCaptor<Instant> next = ArgumentCaptor.forClass(Instant.class);
        verify(deliveries)
                .recordAttempt(eq(7L), eq(DeliveryStatus.PENDING), next.capture(), eq(503), anyString(), eq(now));
        // the third failure waits 10s * 2^2 = 40s, less up to half
        assertThat(Duration.between(now, next.getValue())).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(40));
        verify(endpoints, never()).recordOutcome(anyLong(), anyBoolean(), any());
    }

    @Test
    void timeoutsAndTooManyRequestsAreRetriedToo() {
        Instant now = CREATED.plusSeconds(5);
        at(now).record(attempt(0), SendResult.unreachable("connect timed out"));
        at(now).record(attempt(0), SendResult.answered(429, Duration.ofMinutes(10)));

        verify(deliveries)
                .recordAttempt(eq(7L), eq(DeliveryStatus.PENDING), any(), isNull(), eq("connect timed out"), eq(now));
        verify(deliveries)
                .recordAttempt(7L, DeliveryStatus.PENDING, now.plus(Duration.ofMinutes(10)), 429, "answered 429", now);
    }

    @Test
    void afterADayOfRetriesAFailureIsFinalAndTheThirdInARowDisablesTheEndpoint() {
        Instant now = CREATED.plus(Duration.ofHours(24)).plusSeconds(1);
        when(endpoints.recordOutcome(3L, false, now)).thenReturn(3);

        at(now).record(attempt(30), SendResult.answered(500, null));

        verify(deliveries).recordAttempt(7L, DeliveryStatus.FAILED, null, 500, "answered 500", now);
        verify(endpoints).disable(eq(3L), anyString(), eq(now));
    }

    @Test
    void aRedirectOrClientErrorIsFinalAtOnceButOneFailureDoesNotDisable() {
        Instant now = CREATED.plusSeconds(1);
        when(endpoints.recordOutcome(3L, false, now)).thenReturn(1);

        at(now).record(attempt(0), SendResult.answered(301, null));

        verify(deliveries)
                .recordAttempt(7L, DeliveryStatus.FAILED, null, 301, "answered 301; redirects are not followed", now);
        verify(endpoints, never()).disable(anyLong(), anyString(), any());
    }

    @Test
    void aDeliveredMessageEndsTheEndpointsRunOfFailures() {
        Instant now = CREATED.plusSeconds(1);
        at(now).record(attempt(4), SendResult.answered(202, null));

        verify(deliveries).recordAttempt(7L, DeliveryStatus.DELIVERED, null, 202, null, now);
        verify(endpoints).recordOutcome(3L, true, now);
    }
}
