package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.token.CreatedApiToken;
import io.polydesk.domain.user.UpdateUser;
import io.polydesk.domain.user.UserService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every credential form, over real HTTP, against the GraphQL {@code me} query. */
@PolydeskIntegrationTest
class CredentialsTest {

    private static final String ME = "{\"query\":\"{ me { username } }\"}";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserService userService;

    @Autowired
    ApiTokenService apiTokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> me(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ME));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private String username(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).at("/data/me/username").asString();
    }

    private HttpResponse<String> login(String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String jwtFor(TestUser user) throws IOException, InterruptedException {
        HttpResponse<String> response =
                login("{\"email\":\"" + user.user().email() + "\",\"password\":\"" + user.password() + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("token").asString();
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void changePassword(TestUser user, String newPassword) {
        userService.update(
                users.admin().actor(), user.id(), UpdateUser.nothing().withPassword(newPassword));
    }

    private void archive(TestUser user) {
        userService.update(
                users.admin().actor(), user.id(), UpdateUser.nothing().withActive(false));
    }

    @Test
    void healthAnswersWithoutCredentials() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree("{\"status\":\"UP\"}"));
    }

    @Test
    void loginReturnsTokenExpiryAndUserInTheTicketingShape() throws Exception {
        TestUser agent = users.agent();
        HttpResponse<String> response =
                login("{\"email\":\"" + agent.user().email() + "\",\"password\":\"" + agent.password() + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("token").asString()).contains(".");
        assertThat(body.get("expires_at").asString()).endsWith("Z");
        assertThat(body.at("/user/id").asString()).isEqualTo(Long.toString(agent.id()));
        assertThat(body.at("/user/email").asString()).isEqualTo(agent.user().email());
        assertThat(body.at("/user/role").asString()).isEqualTo("agent");
    }

    @Test
    void loginRefusesWrongPasswordMissingFieldsAndBrokenJson() throws Exception {
        TestUser agent = users.agent();
        HttpResponse<String> wrong = login("{\"email\":\"" + agent.user().email() + "\",\"password\":\"nope\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrong.body()).at("/error/code").asString()).isEqualTo("invalid_credentials");

        HttpResponse<String> missing = login("{\"email\":\"" + agent.user().email() + "\"}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(json.readTree(missing.body()).at("/error/details/0/field").asString())
                .isEqualTo("password");

        HttpResponse<String> broken = login("{\"email\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception");
    }

    @Test
    void signedTokenWorksUntilThePasswordChanges() throws Exception {
        TestUser agent = users.agent();
        String token = jwtFor(agent);
        assertThat(username(me("Bearer " + token))).isEqualTo(agent.user().username());

        changePassword(agent, "a-brand-new-password");

        HttpResponse<String> after = me("Bearer " + token);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(json.readTree(after.body())
                        .at("/errors/0/extensions/classification")
                        .asString())
                .isEqualTo("UNAUTHORIZED");
    }

    @Test
    void tamperedOrForeignTokensAreRefused() throws Exception {
        TestUser agent = users.agent();
        String token = jwtFor(agent);
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        assertThat(me("Bearer " + tampered).statusCode()).isEqualTo(401);
        assertThat(me("Bearer not.a.jwt").statusCode()).isEqualTo(401);
        assertThat(me("Bearer pd_unknown").statusCode()).isEqualTo(401);
        assertThat(me("Digest username=x").statusCode()).isEqualTo(401);
        assertThat(me("Basic %%%").statusCode()).isEqualTo(401);
    }

    @Test
    void basicWorksWithUsernameOrEmailAndStopsAtOnceWhenThePasswordChanges() throws Exception {
        TestUser agent = users.agent();
        assertThat(username(me(basic(agent.user().username(), agent.password()))))
                .isEqualTo(agent.user().username());
        assertThat(username(me(basic(agent.user().email(), agent.password()))))
                .isEqualTo(agent.user().username());

        changePassword(agent, "another-new-password");

        assertThat(me(basic(agent.user().username(), agent.password())).statusCode())
                .isEqualTo(401);
        assertThat(username(me(basic(agent.user().username(), "another-new-password"))))
                .isEqualTo(agent.user().username());
    }

    @Test
    void wrongBasicPasswordIsA401WithAChallenge() throws Exception {
        TestUser agent = users.agent();
        HttpResponse<String> response = me(basic(agent.user().username(), "wrong-password"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("Basic").contains("Bearer"));
    }

    @Test
    void archivedUserIsLockedOutOnEveryCredential() throws Exception {
        TestUser agent = users.agent();
        String jwt = jwtFor(agent);
        CreatedApiToken apiToken = apiTokens.create(agent.actor(), "script");
        assertThat(username(me(basic(agent.user().username(), agent.password()))))
                .isNotBlank();

        archive(agent);

        assertThat(me(basic(agent.user().username(), agent.password())).statusCode())
                .isEqualTo(401);
        assertThat(me("Bearer " + jwt).statusCode()).isEqualTo(401);
        assertThat(me("Bearer " + apiToken.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void reactivatingAnArchivedUserDoesNotBringBackTheirOldTokens() throws Exception {
        TestUser agent = users.agent();
        String jwt = jwtFor(agent);
        CreatedApiToken apiToken = apiTokens.create(agent.actor(), "script");

        archive(agent);
        userService.update(
                users.admin().actor(), agent.id(), UpdateUser.nothing().withActive(true));

        assertThat(me("Bearer " + jwt).statusCode()).isEqualTo(401);
        assertThat(me("Bearer " + apiToken.secret()).statusCode()).isEqualTo(401);
        assertThat(username(me(basic(agent.user().username(), agent.password()))))
                .isEqualTo(agent.user().username());
    }

    @Test
    void changingOnesOwnPasswordOrStaffsOwnEmailNeedsTheCurrentPassword() throws Exception {
        TestUser customer = users.customer();
        String authorization = basic(customer.user().username(), customer.password());
        String withoutProof = updateSelf(authorization, customer, "\"password\":\"a-new-password-1\"");
        TestUser agent = users.agent();
        String wrongProof = updateSelf(
                basic(agent.user().username(), agent.password()),
                agent,
                "\"email\":\"taken-over@example.com\",\"currentPassword\":\"guess-1234\"");

        assertThat(json.readTree(withoutProof)
                        .at("/errors/0/extensions/details")
                        .toString())
                .contains("currentPassword");
        assertThat(json.readTree(wrongProof).at("/errors/0/extensions/details").toString())
                .contains("currentPassword");
        assertThat(username(me(authorization))).isEqualTo(customer.user().username());

        String proven = updateSelf(
                authorization,
                customer,
                "\"password\":\"a-new-password-1\",\"currentPassword\":\"" + customer.password() + "\"");

        assertThat(json.readTree(proven).at("/data/updateUser/user/id").asString())
                .isEqualTo(Long.toString(customer.id()));
        assertThat(me(authorization).statusCode()).isEqualTo(401);
        assertThat(username(me(basic(customer.user().username(), "a-new-password-1"))))
                .isEqualTo(customer.user().username());
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedUpFront() throws Exception {
        TestUser customer = users.customer();
        String tooLong = "ü".repeat(37);
        String body = updateSelf(
                basic(customer.user().username(), customer.password()),
                customer,
                "\"password\":\"" + tooLong + "\",\"currentPassword\":\"" + customer.password() + "\"");

        assertThat(json.readTree(body).at("/errors/0/extensions/details").toString())
                .contains("input.password")
                .contains("72 bytes");
    }

    private String updateSelf(String authorization, TestUser user, String fields)
            throws IOException, InterruptedException {
        String query = "mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }";
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":{\"input\":{\"id\":\""
                + user.id() + "\"," + fields + "}}}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void apiTokenWorksAsBearerAndAsBossdeskTokenUntilRevoked() throws Exception {
        TestUser agent = users.agent();
        CreatedApiToken created = apiTokens.create(agent.actor(), "integration");
        assertThat(created.secret()).startsWith("pd_");
        assertThat(username(me("Bearer " + created.secret())))
                .isEqualTo(agent.user().username());
        assertThat(username(me("Token token=\"" + created.secret() + "\"")))
                .isEqualTo(agent.user().username());

        apiTokens.revoke(agent.actor(), created.token().id());

        assertThat(me("Bearer " + created.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void apiTokenStopsWorkingWhenThePasswordChanges() throws Exception {
        TestUser agent = users.agent();
        CreatedApiToken created = apiTokens.create(agent.actor(), "cron");
        changePassword(agent, "yet-another-password");
        assertThat(me("Bearer " + created.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void protectedRestPathWithoutCredentialsIsA401WithAChallenge() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/nothing-here"))
                        .GET());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }
}
