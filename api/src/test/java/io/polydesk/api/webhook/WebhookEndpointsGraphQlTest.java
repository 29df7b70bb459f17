package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Registering, changing, rotating, test-firing and removing webhook endpoints over GraphQL, per role. */
@PolydeskIntegrationTest
class WebhookEndpointsGraphQlTest extends GraphQlTestSupport {

    static final String CREATE = """
            mutation($input: CreateWebhookEndpointInput!) {
              createWebhookEndpoint(input: $input) {
                secret
                endpoint { id url eventTypes active description failedInARow disabledReason createdAt }
              }
            }""";

    static final String TEST_FIRE = """
            mutation($id: ID!) {
              testFireWebhook(input: {id: $id}) {
                delivery { id eventType messageId status attempts lastResponseCode lastError payload eventId }
              }
            }""";

    private WebhookReceiver receiver;
    private TestUser admin;

    @BeforeEach
    void setUp() throws Exception {
        receiver = new WebhookReceiver();
        admin = users.admin();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private GraphQlTester.Response create(TestUser user, Map<String, Object> input) {
        return as(user).document(CREATE).variable("input", input).execute();
    }

    private String register(List<String> types) {
        return create(admin, Map.of("url", receiver.url(), "eventTypes", types))
                .path("createWebhookEndpoint.endpoint.id")
                .entity(String.class)
                .get();
    }

    private void delete(String id) {
        as(admin)
                .document("mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) { id } }")
                .variable("id", id)
                .execute()
                .path("deleteWebhookEndpoint.id")
                .entity(String.class)
                .isEqualTo(id);
    }

    @Test
    void anAdministratorRegistersAnEndpointAndSeesItsSecretOnce() {
        GraphQlTester.Response created = create(
                admin,
                Map.of(
                        "url",
                        receiver.url(),
                        "eventTypes",
                        List.of("ticket.created", "comment.created", "ticket.created"),
                        "description",
                        "  CRM sync  "));
        String secret = created.path("createWebhookEndpoint.secret")
                .entity(String.class)
                .get();
        String id = created.path("createWebhookEndpoint.endpoint.id")
                .entity(String.class)
                .get();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        created.path("createWebhookEndpoint.endpoint.eventTypes")
                .entityList(String.class)
                .containsExactly("ticket.created", "comment.created");
        created.path("createWebhookEndpoint.endpoint.description")
                .entity(String.class)
                .isEqualTo("CRM sync");
        created.path("createWebhookEndpoint.endpoint.active")
                .entity(Boolean.class)
                .isEqualTo(true);

        String listed = as(admin)
                .document("{ webhookEndpoints { id url eventTypes active } }")
                .execute()
                .returnResponse()
                .toString();
        assertThat(listed).contains(receiver.url()).doesNotContain(secret);
        as(admin)
                .document("query($id: ID!) { webhookEndpoint(id: $id) { url } }")
                .variable("id", id)
                .execute()
                .path("webhookEndpoint.url")
                .entity(String.class)
                .isEqualTo(receiver.url());
        delete(id);
        GraphQlTester.Response gone = as(admin)
                .document("query($id: ID!) { webhookEndpoint(id: $id) { url } }")
                .variable("id", id)
                .execute();
        singleError(gone, "NOT_FOUND");
        gone.path("webhookEndpoint").valueIsNull();
    }

    @Test
    void onlyAdministratorsManageWebhooks() {
        Map<String, Object> input = Map.of("url", receiver.url(), "eventTypes", List.of("ticket.created"));
        singleError(create(users.agent(), input), "FORBIDDEN");
        singleError(create(users.customer(), input), "FORBIDDEN");
        singleError(anonymous().document(CREATE).variable("input", input).execute(), "UNAUTHORIZED");
        singleError(as(users.agent()).document("{ webhookEndpoints { id } }").execute(), "FORBIDDEN");
        singleError(
                as(users.customer())
                        .document("{ webhookDeliveries(endpointId: \"1\") { totalCount } }")
                        .execute(),
                "FORBIDDEN");

        String id = register(List.of("ticket.created"));
        for (String mutation : List.of(
                "mutation($id: ID!) { rotateWebhookSecret(input: {id: $id}) { secret } }",
                "mutation($id: ID!) { testFireWebhook(input: {id: $id}) { delivery { id } } }",
                "mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) { id } }",
                "mutation($id: ID!) { updateWebhookEndpoint(input: {id: $id, active: false}) { endpoint { id } } }",
                "mutation($id: ID!) { replayWebhookDelivery(input: {id: $id}) { delivery { id } } }")) {
            singleError(as(users.agent()).document(mutation).variable("id", id).execute(), "FORBIDDEN");
        }
        assertThat(receiver.received()).isEmpty();
        delete(id);
    }

    @Test
    void malformedForeignAndInternalUrlsAreRefusedAtRegistration() {
        for (String url : List.of(
                "not a url",
                "ftp://files.example.com/hook",
                "javascript:alert(1)",
                "/relative/hook",
                "http://user:password@127.0.0.1/hook",
                "http://127.0.0.1/hook#fragment",
                "http://10.0.0.8/hook",
                "http://192.168.1.20/hook",
                "http://172.16.0.1/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:8080/hook",
                "http://[fd00:ec2::254]/hook",
                "http://[::ffff:10.0.0.1]/hook",
                "http://127.0.0.2/hook",
                "http://0.0.0.0/hook",
                "http://100.100.100.200/hook",
                "http://no-such-host.invalid/hook",
                "")) {
            ResponseError error = singleError(
                    create(admin, Map.of("url", url, "eventTypes", List.of("ticket.created"))), "BAD_REQUEST");
            assertThat(detailFields(error)).as(url).containsExactly("input.url");
        }
    }

    @Test
    void unknownOrMissingEventTypesAreRefused() {
        ResponseError unknown = singleError(
                create(
                        admin,
                        Map.of("url", receiver.url(), "eventTypes", List.of("ticket.created", "ticket.exploded"))),
                "BAD_REQUEST");
        assertThat(detailFields(unknown)).containsExactly("input.eventTypes");
        assertThat(unknown.getMessage()).contains("ticket.exploded");
        ResponseError none =
                singleError(create(admin, Map.of("url", receiver.url(), "eventTypes", List.of())), "BAD_REQUEST");
        assertThat(detailFields(none)).containsExactly("input.eventTypes");
        singleError(
                as(admin)
                        .document("mutation { createWebhookEndpoint(input: {url: 5}) { secret } }")
                        .execute(),
                "BAD_REQUEST");
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundOrBadRequests() {
        singleError(
                as(admin)
                        .document(
                                "mutation { updateWebhookEndpoint(input: {id: \"999999999\", active: false}) { endpoint { id } } }")
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(admin)
                        .document("mutation { deleteWebhookEndpoint(input: {id: \"999999999\"}) { id } }")
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(admin)
                        .document("{ webhookDeliveries(endpointId: \"999999999\") { totalCount } }")
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(admin)
                        .document("mutation { replayWebhookDelivery(input: {id: \"999999999\"}) { delivery { id } } }")
                        .execute(),
                "NOT_FOUND");
        ResponseError bad = singleError(
                as(admin)
                        .document("mutation { testFireWebhook(input: {id: \"abc\"}) { delivery { id } } }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(bad)).containsExactly("input.id");
    }

    @Test
    void anUpdateChangesOnlyTheFieldsGivenAndChecksThemLikeACreate() {
        String id = register(List.of("ticket.created"));
        String update = "mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {"
                + " endpoint { url eventTypes active description } } }";
        GraphQlTester.Response changed = as(admin)
                .document(update)
                .variable("input", Map.of("id", id, "eventTypes", List.of("user.created"), "active", false))
                .execute();
        changed.path("updateWebhookEndpoint.endpoint.eventTypes")
                .entityList(String.class)
                .containsExactly("user.created");
        changed.path("updateWebhookEndpoint.endpoint.active")
                .entity(Boolean.class)
                .isEqualTo(false);
        changed.path("updateWebhookEndpoint.endpoint.url").entity(String.class).isEqualTo(receiver.url());

        ResponseError internal = singleError(
                as(admin)
                        .document(update)
                        .variable("input", Map.of("id", id, "url", "http://10.1.2.3/"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(internal)).containsExactly("input.url");
        delete(id);
    }

    @Test
    void aTestFireIsSignedSentOnceAndLogged() throws Exception {
        GraphQlTester.Response created =
                create(admin, Map.of("url", receiver.url(), "eventTypes", List.of("ticket.created")));
        String secret = created.path("createWebhookEndpoint.secret")
                .entity(String.class)
                .get();
        String id = created.path("createWebhookEndpoint.endpoint.id")
                .entity(String.class)
                .get();

        GraphQlTester.Response fired =
                as(admin).document(TEST_FIRE).variable("id", id).execute();
        fired.path("testFireWebhook.delivery.status").entity(String.class).isEqualTo("DELIVERED");
        fired.path("testFireWebhook.delivery.lastResponseCode")
                .entity(Integer.class)
                .isEqualTo(200);
        fired.path("testFireWebhook.delivery.eventType").entity(String.class).isEqualTo("webhook.test");
        fired.path("testFireWebhook.delivery.eventId").valueIsNull();

        List<WebhookReceiver.Received> got = receiver.awaitCount(1, Duration.ofSeconds(5));
        WebhookReceiver.Received request = got.get(0);
        assertThat(WebhookReceiver.verifies(secret, request)).isTrue();
        assertThat(request.messageId())
                .isEqualTo(fired.path("testFireWebhook.delivery.messageId")
                        .entity(String.class)
                        .get());
        assertThat(request.host()).isEqualTo(receiver.hostHeader());
        assertThat(Math.abs(request.timestamp() - System.currentTimeMillis() / 1000))
                .isLessThan(60);
        assertThat(request.body())
                .startsWith("{\"event\":\"webhook.test\",\"timestamp\":\"")
                .contains("\"id\":\"" + id + "\"");

        as(admin)
                .document(
                        "query($id: ID!) { webhookDeliveries(endpointId: $id, first: 5) { totalCount edges { node { messageId status endpoint { id } } } } }")
                .variable("id", id)
                .execute()
                .path("webhookDeliveries.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("webhookDeliveries.edges[0].node.endpoint.id")
                .entity(String.class)
                .isEqualTo(id);
        delete(id);
    }

    @Test
    void aRotatedSecretSignsAlongsideThePreviousOne() throws Exception {
        GraphQlTester.Response created =
                create(admin, Map.of("url", receiver.url(), "eventTypes", List.of("ticket.created")));
        String oldSecret = created.path("createWebhookEndpoint.secret")
                .entity(String.class)
                .get();
        String id = created.path("createWebhookEndpoint.endpoint.id")
                .entity(String.class)
                .get();

        GraphQlTester.Response rotated = as(admin)
                .document(
                        "mutation($id: ID!) { rotateWebhookSecret(input: {id: $id}) { secret endpoint { previousSecretExpiresAt } } }")
                .variable("id", id)
                .execute();
        String newSecret =
                rotated.path("rotateWebhookSecret.secret").entity(String.class).get();
        assertThat(newSecret).isNotEqualTo(oldSecret).startsWith("whsec_");
        rotated.path("rotateWebhookSecret.endpoint.previousSecretExpiresAt").hasValue();

        as(admin).document(TEST_FIRE).variable("id", id).execute();
        WebhookReceiver.Received request =
                receiver.awaitCount(1, Duration.ofSeconds(5)).get(0);
        assertThat(request.signature().split(" ")).hasSize(2);
        assertThat(WebhookReceiver.verifies(newSecret, request)).isTrue();
        assertThat(WebhookReceiver.verifies(oldSecret, request)).isTrue();
        assertThat(WebhookReceiver.verifies("whsec_" + "A".repeat(44), request)).isFalse();
        delete(id);
    }

    @Test
    void aReceiverThatFailsRedirectsHangsOrFloodsGetsItsTimeoutAndCapOnly() throws Exception {
        String id = register(List.of("ticket.created"));
        receiver.answer(n -> switch (n) {
            case 0 -> WebhookReceiver.status(500);
            case 1 -> new WebhookReceiver.Redirect("http://10.0.0.1/elsewhere");
            case 2 -> new WebhookReceiver.Hang(Duration.ofSeconds(8));
            default -> new WebhookReceiver.EndlessBody();
        });

        GraphQlTester.Response failed =
                as(admin).document(TEST_FIRE).variable("id", id).execute();
        failed.path("testFireWebhook.delivery.status").entity(String.class).isEqualTo("FAILED");
        failed.path("testFireWebhook.delivery.lastResponseCode")
                .entity(Integer.class)
                .isEqualTo(500);

        GraphQlTester.Response redirected =
                as(admin).document(TEST_FIRE).variable("id", id).execute();
        redirected
                .path("testFireWebhook.delivery.lastResponseCode")
                .entity(Integer.class)
                .isEqualTo(302);
        assertThat(redirected
                        .path("testFireWebhook.delivery.lastError")
                        .entity(String.class)
                        .get())
                .contains("redirects are not followed");

        long start = System.nanoTime();
        GraphQlTester.Response hung =
                as(admin).document(TEST_FIRE).variable("id", id).execute();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(7));
        hung.path("testFireWebhook.delivery.status").entity(String.class).isEqualTo("FAILED");
        hung.path("testFireWebhook.delivery.lastResponseCode").valueIsNull();

        start = System.nanoTime();
        GraphQlTester.Response flooded =
                as(admin).document(TEST_FIRE).variable("id", id).execute();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(7));
        flooded.path("testFireWebhook.delivery.status").entity(String.class).isEqualTo("DELIVERED");
        Thread.sleep(500);
        assertThat(receiver.endlessBytesSent()).isLessThan(50L * 1024 * 1024);
        assertThat(receiver.received()).hasSize(4);
        delete(id);
    }
}
