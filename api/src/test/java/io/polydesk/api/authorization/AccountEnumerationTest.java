package io.polydesk.api.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * No surface tells a caller who may not manage users whether an e-mail address or a user id belongs to an account:
 * the answer to a taken address is the answer to a free one, and the answer about an existing id is the answer
 * about a missing one, status and body alike. Staff who may set an address still learn that it is taken.
 */
@PolydeskIntegrationTest
class AccountEnumerationTest {

    private static final long MISSING_ID = 987_654_321L;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestUser customer;
    private TestUser agent;
    private TestUser someone;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        customer = users.customer();
        agent = users.agent();
        someone = users.customer();
    }

    @Test
    void graphqlUpdateUserAnswersACustomersNewAddressAlikeWhetherTakenOrFree() throws Exception {
        Function<String, Answer> ownAddress = address -> graphql(
                customer,
                "{\"id\":\"" + customer.id() + "\",\"email\":\"" + address + "\",\"currentPassword\":\""
                        + customer.password() + "\"}");

        assertSameAnswer(ownAddress.apply(someone.user().email()), ownAddress.apply(fresh()));
        assertThat(ownAddress.apply(fresh()).body()).contains("FORBIDDEN");
    }

    @Test
    void graphqlUpdateUserAnswersAnotherIdAlikeWhetherItExistsOrNot() throws Exception {
        for (TestUser caller : new TestUser[] {customer, agent}) {
            Function<Long, Answer> otherId = id -> graphql(caller, "{\"id\":\"" + id + "\",\"firstName\":\"X\"}");

            assertSameAnswer(otherId.apply(someone.id()), otherId.apply(MISSING_ID));
        }
    }

    @Test
    void staffWhoMaySetAnAddressStillLearnThatItIsTaken() {
        Answer agentsOwn = graphql(
                agent,
                "{\"id\":\"" + agent.id() + "\",\"email\":\"" + someone.user().email() + "\",\"currentPassword\":\""
                        + agent.password() + "\"}");

        assertThat(agentsOwn.body()).contains("is already taken");
    }

    @Test
    void jitbitUpdateUserAnswersAlike() {
        Function<String, Answer> ownAddress =
                address -> form(customer, "/api/UpdateUser?userId=" + customer.id(), "email=" + encode(address));
        Function<Long, Answer> otherId = id -> form(customer, "/api/UpdateUser?userId=" + id, "firstName=X");

        assertSameAnswer(ownAddress.apply(someone.user().email()), ownAddress.apply(fresh()));
        assertThat(ownAddress.apply(fresh()).status()).isEqualTo(403);
        assertSameAnswer(otherId.apply(someone.id()), otherId.apply(MISSING_ID));
        assertSameAnswer(
                form(customer, "/api/DeleteUser?userId=" + someone.id(), ""),
                form(customer, "/api/DeleteUser?userId=" + MISSING_ID, ""));
    }

    @Test
    void bossdeskUserUpdateAnswersAlike() {
        Function<String, Answer> ownAddress = address -> send(
                customer,
                "PATCH",
                "/bossdesk/api/v1/users/" + customer.id(),
                "application/json",
                "{\"user\":{\"email\":\"" + address + "\"}}");
        Function<Long, Answer> otherId = id -> send(
                customer,
                "PATCH",
                "/bossdesk/api/v1/users/" + id,
                "application/json",
                "{\"user\":{\"first_name\":\"X\"}}");

        assertSameAnswer(ownAddress.apply(someone.user().email()), ownAddress.apply(fresh()));
        assertThat(ownAddress.apply(fresh()).status()).isEqualTo(403);
        assertSameAnswer(otherId.apply(someone.id()), otherId.apply(MISSING_ID));
    }

    /** Only administrators create accounts, so nobody else hears "already taken" from any dialect's create call. */
    @Test
    void everyDialectsCreateCallAnswersNonAdministratorsAlikeForATakenAddress() {
        String taken = someone.user().email();
        String free = fresh();
        for (TestUser caller : new TestUser[] {customer, agent}) {
            Function<String, Answer> ticketing = address -> send(
                    caller,
                    "POST",
                    "/api/v1/users",
                    "application/json",
                    "{\"name\":\"Nobody\",\"email\":\"" + address + "\",\"password\":\"long-enough-1\"}");
            Function<String, Answer> bossdesk = address -> send(
                    caller,
                    "POST",
                    "/bossdesk/api/v1/users",
                    "application/json",
                    "{\"user\":{\"username\":\"u" + address.hashCode() + "\",\"email\":\"" + address + "\"}}");
            Function<String, Answer> jitbit = address ->
                    form(caller, "/api/CreateUser", "username=" + encode(address) + "&email=" + encode(address));
            Function<String, Answer> django = address -> send(
                    caller,
                    "POST",
                    "/helpdesk/api/users/",
                    "application/json",
                    "{\"username\":\"u" + address.hashCode() + "\",\"password\":\"long-enough-1\",\"email\":\""
                            + address + "\"}");
            for (Function<String, Answer> create : java.util.List.of(ticketing, bossdesk, jitbit, django)) {
                Answer onTaken = create.apply(taken);

                assertThat(onTaken.status()).isEqualTo(403);
                assertSameAnswer(onTaken, create.apply(free));
            }
        }
    }

    private record Answer(int status, String body) {}

    private static void assertSameAnswer(Answer existing, Answer missing) {
        assertThat(existing.status()).as(existing.body()).isLessThan(500).isEqualTo(missing.status());
        assertThat(existing.body()).isEqualTo(missing.body());
    }

    private Answer graphql(TestUser caller, String input) {
        String query = "mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id email } } }";
        return send(
                caller,
                "POST",
                "/graphql",
                "application/json",
                "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":{\"input\":" + input + "}}");
    }

    private Answer form(TestUser caller, String path, String body) {
        return send(caller, "POST", path, "application/x-www-form-urlencoded", body);
    }

    private Answer send(TestUser caller, String method, String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", caller.basic())
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fresh() {
        return "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
