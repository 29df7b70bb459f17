package io.polydesk.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    /** The Standard Webhooks specification's own example (secret, id, timestamp, body and signature). */
    @Test
    void signsAsTheStandardWebhooksSpecificationDoes() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertThat(WebhookSignatures.header(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationBothSecretsSignSeparatedByASpace() {
        String a = WebhookSignatures.newSecret();
        String b = WebhookSignatures.newSecret();
        String header = WebhookSignatures.header(List.of(a, b), "msg_1", 1, "{}");
        assertThat(header.split(" "))
                .containsExactly(
                        "v1," + WebhookSignatures.sign(a, "msg_1", 1, "{}"),
                        "v1," + WebhookSignatures.sign(b, "msg_1", 1, "{}"));
        assertThat(a).startsWith("whsec_").isNotEqualTo(b);
    }
}
