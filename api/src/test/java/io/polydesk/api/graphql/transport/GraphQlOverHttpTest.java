package io.polydesk.api.graphql.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The GraphQL-over-HTTP transport: GET, response media types, and the query size limits. */
@PolydeskIntegrationTest
class GraphQlOverHttpTest extends GraphQlTestSupport {

    /** Depth 17: deeper than the default limit of 15, and than the introspection query GraphiQL sends. */
    private static final String DEEP_INTROSPECTION = "__schema { types { fields { type { ofType { ofType { ofType {"
            + " ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name }"
            + " } } } } } } } } } } } } } } }";

    @Test
    void getQueryIsAnswered() {
        TestUser agent = users.agent();
        get("{ me { id } }", null, agent, MediaType.APPLICATION_JSON_VALUE)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.data.me.id")
                .isEqualTo(id(agent.id()));
    }

    @Test
    void getQueryTakesVariablesAsJson() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Over GET");
        get(
                        "query ($id: ID!) { ticket(id: $id) { title } }",
                        "{\"id\":\"" + ticket.id() + "\"}",
                        customer,
                        MediaType.APPLICATION_JSON_VALUE)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.ticket.title")
                .isEqualTo("Over GET");
    }

    @Test
    void getRefusesMutationsWith405() {
        get(
                        "mutation { createApiToken(input: {name: \"x\"}) { secret } }",
                        null,
                        users.agent(),
                        MediaType.APPLICATION_JSON_VALUE)
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .valueEquals(HttpHeaders.ALLOW, "POST")
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST");
    }

    @Test
    void getWithoutQueryIsBadRequest() {
        client().get()
                .uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, users.agent().basic())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains("query"));
    }

    @Test
    void getWithMalformedVariablesIsBadRequest() {
        get("query ($id: ID!) { ticket(id: $id) { id } }", "{not json", users.agent(), MediaType.APPLICATION_JSON_VALUE)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains("variables"));
    }

    @Test
    void getAnswersInGraphQlResponseJsonWhenAskedEvenWithParameters() {
        get(
                        "{ me { id } }",
                        null,
                        users.agent(),
                        "application/json;q=0.5, application/graphql-response+json;charset=utf-8")
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .expectBody()
                .jsonPath("$.data.me.id")
                .exists();
    }

    @Test
    void postAnswersInGraphQlResponseJsonWhenAsked() {
        post("{ me { id } }", users.agent(), MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .expectBody()
                .jsonPath("$.data.me.id")
                .exists();
    }

    @Test
    void postHonoursAcceptParametersAndQualityValues() {
        client().post()
                .uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, users.agent().basic())
                .header(HttpHeaders.ACCEPT, "application/json;q=0.9, application/graphql-response+json;charset=utf-8")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ me { id } }"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .expectBody()
                .jsonPath("$.data.me.id")
                .exists();
    }

    @Test
    void postWithoutAcceptAnswersJson() {
        client().post()
                .uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, users.agent().basic())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ me { id } }"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.data.me.id")
                .exists();
    }

    @Test
    void unparsableDocumentIs400InGraphQlResponseJsonAnd200InJson() {
        post("{ me { id ", users.agent(), MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("InvalidSyntax")
                .jsonPath("$.data")
                .doesNotExist();
        post("{ me { id ", users.agent(), MediaType.APPLICATION_JSON)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST");
    }

    @Test
    void unknownFieldIsBadRequest() {
        post("{ me { shoeSize } }", users.agent(), MediaType.APPLICATION_JSON)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("ValidationError")
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains("shoeSize"));
    }

    @Test
    void tooDeepQueryIsRefusedBeforeExecution() {
        post("{ me { id } " + DEEP_INTROSPECTION + " }", users.agent(), MediaType.APPLICATION_JSON)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("MAX_DEPTH_EXCEEDED")
                .jsonPath("$.data")
                .doesNotExist();
    }

    @Test
    void introspectionAloneIsExemptFromTheLimitsSoGraphiQlCanLoadTheSchema() {
        post("{ " + DEEP_INTROSPECTION + " }", users.agent(), MediaType.APPLICATION_JSON)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors")
                .doesNotExist()
                .jsonPath("$.data.__schema.types")
                .isArray();
    }

    @Test
    void tooComplexQueryIsRefusedBeforeExecution() {
        String pagesInPages = "{ tickets(first: 100) { edges { node { comments(first: 100) { nodes { id } } } } } }";
        post(pagesInPages, users.agent(), MediaType.APPLICATION_JSON)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.code")
                .isEqualTo("MAX_COMPLEXITY_EXCEEDED")
                .jsonPath("$.data")
                .doesNotExist();
    }

    @Test
    void queryWithinTheLimitsRuns() {
        String fine = IntStream.range(0, 100)
                .mapToObj(i -> "a" + i + ": me { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        post(fine, users.agent(), MediaType.APPLICATION_JSON)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors")
                .doesNotExist()
                .jsonPath("$.data.a99.id")
                .exists();
    }

    private WebTestClient.ResponseSpec get(String query, String variables, TestUser user, String accept) {
        return client().method(HttpMethod.GET)
                .uri(builder -> {
                    builder.path("/graphql").queryParam("query", "{query}");
                    if (variables != null) {
                        builder.queryParam("variables", "{variables}");
                    }
                    return variables == null ? builder.build(query) : builder.build(query, variables);
                })
                .header(HttpHeaders.AUTHORIZATION, user.basic())
                .header(HttpHeaders.ACCEPT, accept)
                .exchange();
    }

    private WebTestClient.ResponseSpec post(String query, TestUser user, MediaType accept) {
        return client().post()
                .uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, user.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(accept)
                .bodyValue(Map.of("query", query))
                .exchange();
    }
}
