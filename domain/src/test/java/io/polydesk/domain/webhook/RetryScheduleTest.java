package io.polydesk.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Duration FIRST = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void delaysDoubleUpToTheCapLessUpToHalfAtRandom() {
        assertThat(RetrySchedule.delay(1, FIRST, MAX, null, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetrySchedule.delay(2, FIRST, MAX, null, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RetrySchedule.delay(3, FIRST, MAX, null, 0.999))
                .isBetween(Duration.ofSeconds(20), Duration.ofSeconds(40));
        assertThat(RetrySchedule.delay(12, FIRST, MAX, null, 0)).isEqualTo(MAX);
        assertThat(RetrySchedule.delay(500, FIRST, MAX, null, 0)).isEqualTo(MAX);
    }

    @Test
    void aReceiversRetryAfterIsHonouredUpToTheCap() {
        assertThat(RetrySchedule.delay(1, FIRST, MAX, Duration.ofMinutes(5), 0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetrySchedule.delay(1, FIRST, MAX, Duration.ofDays(3), 0)).isEqualTo(MAX);
    }

    @Test
    void aDayOfRetriesTakesAFewDozenAttemptsEvenWithTheShortestJitter() {
        Duration elapsed = Duration.ZERO;
        int attempts = 0;
        while (elapsed.compareTo(Duration.ofHours(24)) < 0) {
            attempts++;
            elapsed = elapsed.plus(RetrySchedule.delay(attempts, FIRST, MAX, null, 0.999));
        }
        assertThat(attempts).isBetween(30, 60);
    }
}
