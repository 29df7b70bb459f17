package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.polydesk.domain.webhook.SendResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeteredWebhookSenderTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void timesEveryAttemptByWhatItCameTo() {
        send(SendResult.answered(204, null));
        send(SendResult.answered(503, Duration.ofSeconds(5)));
        send(SendResult.unreachable("connect timed out"));
        send(SendResult.answered(410, null));

        assertThat(count("delivered")).isEqualTo(1);
        assertThat(count("retry")).isEqualTo(2);
        assertThat(count("failed")).isEqualTo(1);
    }

    private void send(SendResult answer) {
        SendResult result = new MeteredWebhookSender(request -> answer, meters).send(null);
        assertThat(result).isSameAs(answer);
    }

    private long count(String outcome) {
        return meters.get(MeteredWebhookSender.ATTEMPTS)
                .tag("outcome", outcome)
                .timer()
                .count();
    }
}
