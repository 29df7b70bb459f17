package io.polydesk.api.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.node.GraphQlVersion;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@PolydeskIntegrationTest
class UserErrorsGraphQlTest extends GraphQlTestSupport {

    private static final String UPDATE = """
            mutation ($input: UpdateTicketInput!) {
              updateTicket(input: $input) { ticket { id title } userErrors { field message code } }
            }""";

    private static final String CREATE = """
            mutation ($input: CreateTicketInput!) {
              createTicket(input: $input) { ticket { id } userErrors { field message code } }
            }""";

    private static final String ASSIGN = """
            mutation ($input: AssignTicketInput!) {
              assignTicket(input: $input) { ticket { id } userErrors { field code } }
            }""";

    private static final String TASK_TYPE = """
            mutation ($name: String!) {
              createTaskType(input: {name: $name}) { taskType { id } userErrors { field code } }
            }""";

    private HttpGraphQlTester v2(TestUser user) {
        return as(user).mutate().header(GraphQlVersion.HEADER, "2").build();
    }

    private static Map<String, Object> update(Ticket ticket, int lockVersion, String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id(ticket.id()));
        input.put("lockVersion", lockVersion);
        input.put("title", title);
        return input;
    }

    @Test
    void aStaleLockVersionIsAStaleUserErrorOnTheLockVersionField() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Stale " + unique());
        ticketUpdates.update(
                customer.actor(),
                ticket.id(),
                io.polydesk.domain.ticket.UpdateTicket.builder()
                        .title(io.polydesk.domain.shared.Change.to("Changed meanwhile"))
                        .build());

        GraphQlTester.Response response = v2(customer)
                .document(UPDATE)
                .variable("input", update(ticket, ticket.lockVersion(), "Mine"))
                .execute();

        response.path("updateTicket.ticket").valueIsNull();
        response.path("updateTicket.userErrors[0].code").entity(String.class).isEqualTo("STALE");
        response.path("updateTicket.userErrors[0].field")
                .entityList(String.class)
                .containsExactly("input", "lockVersion");
        response.path("updateTicket.userErrors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("changed by someone else"));
    }

    @Test
    void invalidInputIsOneInvalidUserErrorPerField() {
        TestUser customer = users.customer();
        Map<String, Object> input = new HashMap<>();
        input.put("title", " ");
        input.put("priority", "unheard-of");

        GraphQlTester.Response response =
                v2(customer).document(CREATE).variable("input", input).execute();

        response.path("createTicket.ticket").valueIsNull();
        response.path("createTicket.userErrors[*].code")
                .entityList(String.class)
                .satisfies(codes -> assertThat(codes).isNotEmpty().containsOnly("INVALID"));
        response.path("createTicket.userErrors[*].field[1]")
                .entityList(String.class)
                .satisfies(fields -> assertThat(fields).contains("title"));
        response.path("createTicket.userErrors[0].field[0]")
                .entity(String.class)
                .isEqualTo("input");
    }

    @Test
    void whatDoesNotExistOrMayNotBeSeenIsNotFound() {
        TestUser owner = users.customer();
        TestUser intruder = users.customer();
        Ticket secret = ticket(owner, "Not yours " + unique());

        v2(intruder)
                .document(UPDATE)
                .variable("input", update(secret, secret.lockVersion(), "Taken"))
                .execute()
                .path("updateTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND")
                .path("updateTicket.ticket")
                .valueIsNull();
        v2(users.agent())
                .document(ASSIGN)
                .variable("input", Map.of("id", "999999999"))
                .execute()
                .path("assignTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aRightTheCallerLacksIsForbidden() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Forbidden " + unique());

        v2(customer)
                .document(ASSIGN)
                .variable("input", Map.of("id", id(ticket.id())))
                .execute()
                .path("assignTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("FORBIDDEN")
                .path("assignTicket.ticket")
                .valueIsNull();
    }

    @Test
    void aClashWithTheCurrentStateIsAConflict() {
        TestUser admin = users.admin();
        String name = "Type " + unique();
        v2(admin)
                .document(TASK_TYPE)
                .variable("name", name)
                .execute()
                .path("createTaskType.userErrors")
                .entityList(Object.class)
                .hasSize(0);

        v2(admin)
                .document(TASK_TYPE)
                .variable("name", name)
                .execute()
                .path("createTaskType.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("CONFLICT")
                .path("createTaskType.taskType")
                .valueIsNull();
    }

    @Test
    void versionOneAlsoReportsExpectedFailuresInErrorsAsBefore() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Both " + unique());
        ticketUpdates.update(
                customer.actor(),
                ticket.id(),
                io.polydesk.domain.ticket.UpdateTicket.builder()
                        .title(io.polydesk.domain.shared.Change.to("Changed meanwhile"))
                        .build());

        GraphQlTester.Response response = as(customer)
                .document(UPDATE)
                .variable("input", update(ticket, ticket.lockVersion(), "Mine"))
                .execute();

        ResponseError error = singleError(response, "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
        assertThat(error.getPath()).isEqualTo("updateTicket");
        response.path("updateTicket.userErrors[0].code").entity(String.class).isEqualTo("STALE");
    }

    @Test
    void successHasNoUserErrorsAndUnexpectedFailuresStayTopLevelWithACode() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Fine " + unique());

        v2(customer)
                .document(UPDATE)
                .variable("input", update(ticket, ticket.lockVersion(), "Renamed"))
                .execute()
                .path("updateTicket.ticket.title")
                .entity(String.class)
                .isEqualTo("Renamed")
                .path("updateTicket.userErrors")
                .entityList(Object.class)
                .hasSize(0);

        GraphQlTester.Response anonymous = anonymous()
                .mutate()
                .header(GraphQlVersion.HEADER, "2")
                .build()
                .document(CREATE)
                .variable("input", Map.of("title", "x"))
                .execute();
        ResponseError error = singleError(anonymous, "UNAUTHORIZED");
        assertThat(error.getExtensions()).containsEntry("code", "UNAUTHORIZED");
    }

    @Test
    void aMalformedIdIsAnInvalidUserErrorNamingTheArgument() {
        v2(users.agent())
                .document(ASSIGN)
                .variable("input", Map.of("id", "no-such-id!"))
                .execute()
                .path("assignTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID")
                .path("assignTicket.userErrors[0].field")
                .entityList(String.class)
                .isEqualTo(List.of("input", "id"));
    }
}
