package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Password guessing is bounded per login and per client address, and a block costs no password check. */
@PolydeskIntegrationTest
@TestPropertySource(
        properties = {
            "polydesk.security.lockout.account-failures=3",
            "polydesk.security.lockout.address-failures=6",
            "polydesk.security.lockout.block=5m"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInLockoutTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void threeWrongPasswordsBlockTheLoginEvenForTheRightPassword() throws Exception {
        freshStart();
        TestUser agent = new TestUsers(context).agent();
        for (int i = 0; i < 3; i++) {
            assertThat(me(basic(agent.user().username(), "wrong-guess-" + i)).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> blocked = me(agent.basic());

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 301L));
        assertThat(json.readTree(blocked.body()).at("/errors/0/message").asString())
                .contains("Too many failed sign-ins");
        HttpResponse<String> byEmail = me(basic(agent.user().email().toUpperCase(), agent.password()));
        assertThat(byEmail.statusCode())
                .as("the e-mail address has its own count, so a block never tells whose address it is")
                .isEqualTo(200);
    }

    @Test
    void theLoginMutationAndTheLoginCallCountTheSameFailures() throws Exception {
        freshStart();
        TestUser customer = new TestUsers(context).customer();
        String username = customer.user().username();
        assertThat(loginMutation(username, "wrong-1")).contains("UNAUTHORIZED");
        assertThat(loginMutation(username, "wrong-2")).contains("UNAUTHORIZED");
        assertThat(me(basic(username, "wrong-3")).statusCode()).isEqualTo(401);

        String blocked = loginMutation(username, customer.password());

        assertThat(blocked).contains("Too many failed sign-ins").doesNotContain("\"token\"");
    }

    @Test
    void aSuccessEndsTheRunOfFailures() throws Exception {
        TestUser agent = freshStart();
        String username = agent.user().username();
        me(basic(username, "wrong-1"));
        me(basic(username, "wrong-2"));
        assertThat(loginMutation(username, agent.password())).contains("\"token\"");
        me(basic(username, "wrong-3"));
        me(basic(username, "wrong-4"));
        assertThat(loginMutation(username, agent.password())).contains("\"token\"");

        me(basic(username, "wrong-5"));
        me(basic(username, "wrong-6"));
        me(basic(username, "wrong-7"));

        assertThat(loginMutation(username, agent.password())).contains("Too many failed sign-ins");
    }

    @Test
    void aCredentialVerifiedBeforeTheBlockKeepsWorkingSoGuessingCannotLockOutAnIntegration() throws Exception {
        TestUser agent = freshStart();
        for (int i = 0; i < 3; i++) {
            me(basic(agent.user().username(), "attacker-guess-" + i));
        }

        assertThat(me(agent.basic()).statusCode()).isEqualTo(200);
        assertThat(loginMutation(agent.user().username(), agent.password())).contains("Too many failed sign-ins");
    }

    @Test
    @Order(Integer.MAX_VALUE) // blocks this test client's address for the rest of the class
    void guessingManyLoginsFromOneAddressBlocksTheAddress() throws Exception {
        freshStart();
        TestUser bystander = new TestUsers(context).agent();
        for (int i = 0; i < 6; i++) {
            assertThat(me(basic("made-up-login-" + i, "guess")).statusCode()).isEqualTo(401);
        }

        assertThat(me(bystander.basic()).statusCode()).isEqualTo(429);
    }

    /** A user who has just signed in; the success also ends this client address's run of failures. */
    private TestUser freshStart() throws Exception {
        TestUser user = new TestUsers(context).agent();
        assertThat(me(user.basic()).statusCode()).isEqualTo(200);
        return user;
    }

    private HttpResponse<String> me(String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String loginMutation(String login, String password) throws Exception {
        String body = "{\"query\":\"mutation { login(input: {login: \\\"" + login + "\\\", password: \\\"" + password
                + "\\\"}) { token } }\"}";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
