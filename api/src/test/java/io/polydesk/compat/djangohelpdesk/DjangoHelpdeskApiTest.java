package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.djangohelpdesk.DjangoHelpdeskClient.Reply;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** What DRF's router and defaults give every django-helpdesk endpoint: root, auth, slashes, suffixes, errors. */
@PolydeskIntegrationTest
class DjangoHelpdeskApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser agent;
    private TestUser customer;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        agent = users.agent();
        customer = users.customer();
    }

    @Test
    void apiRootListsEveryEndpointByAbsoluteUrl() {
        JsonNode root =
                DjangoHelpdeskClient.anonymous(port).get("/").expect(200).json();

        String base = "http://127.0.0.1:" + port + "/helpdesk/api/";
        assertThat(root.propertyNames())
                .containsExactly("tickets", "user_tickets", "followups", "followups-attachments", "users");
        assertThat(root.get("tickets").asString()).isEqualTo(base + "tickets/");
        assertThat(root.get("followups-attachments").asString()).isEqualTo(base + "followups-attachments/");
    }

    @Test
    void missingCredentialsAre401WithDrfsBasicChallenge() {
        Reply reply = DjangoHelpdeskClient.anonymous(port).get("/tickets/").expect(401);

        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Basic realm=\"api\"");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Authentication credentials were not provided.");
    }

    @Test
    void wrongPasswordIs401WithDrfsText() {
        String wrong =
                "Basic " + Base64.getEncoder().encodeToString((agent.user().username() + ":nope").getBytes());
        Reply reply = new DjangoHelpdeskClient(port, wrong).get("/tickets/").expect(401);

        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Basic realm=\"api\"");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Invalid username/password.");
    }

    @Test
    void customersAreRefusedEverywhereButUserTickets() {
        DjangoHelpdeskClient client = DjangoHelpdeskClient.as(port, customer);
        for (String path :
                new String[] {"/tickets/", "/tickets/1/", "/followups/", "/followups/1/", "/followups-attachments/"}) {
            Reply reply = client.get(path).expect(403);
            assertThat(reply.json().get("detail").asString())
                    .isEqualTo("You do not have permission to perform this action.");
        }
        client.post("/tickets/", "{\"queue\":1,\"title\":\"x\",\"description\":\"y\",\"priority\":3}")
                .expect(403);
        client.get("/users/").expect(403);
        client.get("/user_tickets/").expect(200);
    }

    @Test
    void aPathWithoutItsSlashRedirectsToTheSlashForm() {
        Reply get = DjangoHelpdeskClient.as(port, agent).get("/tickets?page=2").expect(301);
        assertThat(get.header("Location")).isEqualTo("/helpdesk/api/tickets/?page=2");

        Reply detail = DjangoHelpdeskClient.anonymous(port).get("/tickets/5").expect(301);
        assertThat(detail.header("Location")).isEqualTo("/helpdesk/api/tickets/5/");

        Reply post = DjangoHelpdeskClient.as(port, agent).post("/tickets", "{}").expect(308);
        assertThat(post.header("Location")).isEqualTo("/helpdesk/api/tickets/");

        Reply root = DjangoHelpdeskClient.anonymous(port).get("").expect(301);
        assertThat(root.header("Location")).isEqualTo("/helpdesk/api/");
    }

    @Test
    void theJsonSuffixServesTheSameResource() {
        DjangoHelpdeskClient client = DjangoHelpdeskClient.as(port, agent);
        JsonNode list = client.get("/tickets.json").expect(200).json();
        assertThat(list.has("results")).isTrue();
        client.get("/tickets/999999999.json").expect(404);
        assertThat(DjangoHelpdeskClient.anonymous(port)
                        .get("/.json")
                        .expect(200)
                        .json()
                        .has("users"))
                .isTrue();
    }

    @Test
    void unknownPathsAndIdsAreDrfNotFound() {
        DjangoHelpdeskClient client = DjangoHelpdeskClient.as(port, agent);
        assertThat(client.get("/Tickets/").expect(404).json().get("detail").asString())
                .isEqualTo("Not found.");
        assertThat(client.get("/tickets/999999999/")
                        .expect(404)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("Not found.");
        assertThat(client.get("/tickets/abc/").expect(404).json().get("detail").asString())
                .isEqualTo("Not found.");
    }

    @Test
    void usersAnswersGetWith405AndAllow() {
        Reply reply = DjangoHelpdeskClient.as(port, agent).get("/users/").expect(405);

        assertThat(reply.header("Allow")).isEqualTo("POST, OPTIONS");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Method \"GET\" not allowed.");
    }

    @Test
    void anotherMethodOnAnEndpointIs405WithDrfsText() {
        Reply reply = DjangoHelpdeskClient.as(port, agent)
                .send("DELETE", "/tickets/", null, null)
                .expect(405);

        assertThat(reply.header("Allow")).contains("GET", "POST", "OPTIONS");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Method \"DELETE\" not allowed.");
    }

    @Test
    void otherRequestStylesNeverFail() {
        Reply html = DjangoHelpdeskClient.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(DjangoHelpdeskClient.as(port, agent).url("/tickets/")))
                .header("Authorization", agent.basic())
                .header("Accept", "text/html")
                .GET());
        assertThat(html.status()).isLessThan(500);
        Reply head = DjangoHelpdeskClient.as(port, agent).send("HEAD", "/tickets/", null, null);
        assertThat(head.status()).isEqualTo(200);
        Reply options = DjangoHelpdeskClient.as(port, agent).send("OPTIONS", "/tickets/", null, null);
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).contains("GET", "POST");
    }

    @Test
    void malformedJsonIsDrfsParseError() {
        Reply reply = DjangoHelpdeskClient.as(port, agent)
                .post("/tickets/", "{\"queue\": ")
                .expect(400);

        assertThat(reply.json().get("detail").asString()).startsWith("JSON parse error - ");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedAsDrfDoes() {
        Reply reply =
                DjangoHelpdeskClient.as(port, agent).post("/tickets/", "[1,2]").expect(400);

        assertThat(reply.json().get("non_field_errors").get(0).asString())
                .isEqualTo("Invalid data. Expected a dictionary, but got list.");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        Reply reply = DjangoHelpdeskClient.as(port, agent)
                .send("POST", "/tickets/", "text/plain", "hello")
                .expect(415);

        assertThat(reply.json().get("detail").asString())
                .isEqualTo("Unsupported media type \"text/plain\" in request.");
    }

    @Test
    void formBodiesAreReadLikeJson() {
        Reply reply = DjangoHelpdeskClient.as(port, agent)
                .form("POST", "/tickets/", Map.of("title", "Form"))
                .expect(400);

        assertThat(reply.json().get("queue").get(0).asString()).isEqualTo("This field is required.");
        assertThat(reply.json().has("title")).isFalse();
    }
}
