package io.polydesk.api.graphql.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Every executed operation reports what it weighed and the most one may weigh, in {@code extensions.cost}. */
@PolydeskIntegrationTest
class CostExtensionTest extends GraphQlTestSupport {

    private void post(String body, String requested, Object expected) {
        client().post()
                .uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, users.agent().basic())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath(requested)
                .isEqualTo(expected)
                .jsonPath("$.extensions.cost.limit")
                .isEqualTo(5000);
    }

    @Test
    void aQueryReportsItsCostAndTheLimit() {
        // nodes: 1 + 10 x 1; tickets: 1 + 11.
        post("{\"query\":\"{ tickets(first: 10) { nodes { id } } }\"}", "$.extensions.cost.requested", 12);
        // totalCount weighs 25: 1 + 25.
        post("{\"query\":\"{ tickets(first: 10) { totalCount } }\"}", "$.extensions.cost.requested", 26);
    }

    @Test
    void aQueryRefusedForItsWeightReportsWhatItWeighed() {
        // A hundred tickets with a hundred comments each weigh over 10,000.
        String heavy = "{\"query\":\"{ tickets(first: 100) { nodes { comments(first: 100) { nodes { id } } } } }\"}";
        client().post()
                .uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, users.agent().basic())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(heavy)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("MAX_COMPLEXITY_EXCEEDED")
                .jsonPath("$.errors[0].extensions.cost.limit")
                .isEqualTo(5000)
                .jsonPath("$.extensions.cost.limit")
                .isEqualTo(5000)
                .jsonPath("$.extensions.cost.requested")
                .value(requested -> assertThat((Integer) requested).isGreaterThan(5000))
                .jsonPath("$.data")
                .doesNotExist();
    }

    @Test
    void aMutationReportsItsCostToo() {
        post(
                "{\"query\":\"mutation { createTicket(input: {title: \\\"Costed\\\"}) { ticket { id } } }\"}",
                "$.extensions.cost.requested",
                3);
    }
}
