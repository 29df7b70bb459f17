package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.arctyk.ArctykClient.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Authentication and protocol errors on Arctyk paths, all in Arctyk's {@code {"detail": ...}} shape. */
@PolydeskIntegrationTest
class ArctykErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser agent;

    @BeforeEach
    void setUp() {
        agent = new TestUsers(context).agent();
    }

    private static void assertDetailOnly(Reply reply) {
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().propertyNames()).containsExactly("detail");
        assertThat(reply.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void missingCredentialsAreUnauthorizedInArctykShape() {
        ArctykClient anonymous = ArctykClient.anonymous(port);
        for (String path : new String[] {
            "/api/tickets/",
            "/api/tickets",
            "/api/tickets/1/",
            "/api/tickets/1/comments/",
            "/api/projects/",
            "/api/projects/1"
        }) {
            Reply reply = anonymous.get(path).expect(401);
            assertDetailOnly(reply);
            assertThat(reply.header("WWW-Authenticate")).isNotBlank();
        }
        Reply post = anonymous
                .post("/api/tickets/", "{\"title\":\"New ticket\",\"priority\":\"high\"}")
                .expect(401);
        assertDetailOnly(post);
    }

    @Test
    void badCredentialsAreUnauthorizedInArctykShape() {
        String wrongPassword = "Basic "
                + Base64.getEncoder()
                        .encodeToString((agent.user().username() + ":wrong").getBytes(StandardCharsets.UTF_8));
        Reply basic = new ArctykClient(port, wrongPassword).get("/api/tickets/").expect(401);
        assertDetailOnly(basic);
        assertThat(basic.header("WWW-Authenticate")).isNotBlank();

        Reply bearer = new ArctykClient(port, "Bearer not-a-token")
                .get("/api/tickets/")
                .expect(401);
        assertDetailOnly(bearer);
        assertThat(bearer.header("WWW-Authenticate")).isNotBlank();
    }

    @Test
    void bearerTokenFromLoginWorksAsTheDocumentShows() {
        Reply login = ArctykClient.anonymous(port)
                .post(
                        "/api/v1/auth/login",
                        "{\"email\":\"" + agent.user().email() + "\",\"password\":\"" + agent.password() + "\"}")
                .expect(200);
        String token = login.json().get("token").asString();

        Reply list = new ArctykClient(port, "Bearer " + token)
                .get("/api/tickets/?status=new&priority=high")
                .expect(200);
        assertThat(list.json().has("results")).isTrue();
    }

    @Test
    void onlyExactCasePathsAreArctyks() {
        Reply other = ArctykClient.anonymous(port).get("/api/Tickets").expect(401);
        assertThat(other.raw().body()).doesNotStartWith("{\"detail\"");
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        Reply put = ArctykClient.as(port, agent)
                .send("PUT", "/api/tickets/", "application/json", "{}")
                .expect(405);
        assertDetailOnly(put);
        assertThat(put.json().get("detail").asString()).isEqualTo("Method \"PUT\" not allowed.");
        assertThat(put.header("Allow")).contains("GET").contains("POST");
        ArctykClient.as(port, agent)
                .send("DELETE", "/api/projects/", null, null)
                .expect(405);
    }

    @Test
    void nonJsonBodyIsUnsupportedMediaType() {
        Reply reply = ArctykClient.as(port, agent)
                .send("POST", "/api/tickets/", "text/plain", "title=x")
                .expect(415);
        assertDetailOnly(reply);
    }

    @Test
    void unknownArctykPathsAreNotFoundInArctykShape() {
        assertDetailOnly(
                ArctykClient.as(port, agent).get("/api/assets/1/nothing/").expect(404));
        assertDetailOnly(
                ArctykClient.as(port, agent).get("/api/tickets/1/nothing/").expect(404));
    }
}
