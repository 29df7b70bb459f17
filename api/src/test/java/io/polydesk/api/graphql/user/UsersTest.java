package io.polydesk.api.graphql.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@PolydeskIntegrationTest
class UsersTest extends GraphQlTestSupport {

    private static final String ME = "{ me { id username email name role active } }";

    private static final String USER = "query ($id: ID!) { user(id: $id) { id username email } }";

    private static final String USERS = """
            query ($filter: UserFilter, $first: Int, $after: String) {
              users(filter: $filter, first: $first, after: $after) {
                totalCount
                edges { cursor node { id username } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }""";

    private static final String CREATE = """
            mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id username email role } } }""";

    private static final String UPDATE = """
            mutation ($input: UpdateUserInput!) {
              updateUser(input: $input) { user { id firstName lastName phone role active } }
            }""";

    @Test
    void meIsTheCaller() {
        TestUser agent = users.agent();
        as(agent)
                .document(ME)
                .execute()
                .path("me.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()))
                .path("me.username")
                .entity(String.class)
                .isEqualTo(agent.user().username())
                .path("me.email")
                .entity(String.class)
                .isEqualTo(agent.user().email())
                .path("me.name")
                .entity(String.class)
                .isEqualTo(agent.user().fullName())
                .path("me.role")
                .entity(String.class)
                .isEqualTo("AGENT");
    }

    @Test
    void anonymousHasNoMe() {
        singleError(anonymous().document(ME).execute(), "UNAUTHORIZED");
    }

    @Test
    void staffReadAnyUserButCustomersOnlyThemselves() {
        TestUser customer = users.customer();
        TestUser other = users.customer();

        as(users.agent())
                .document(USER)
                .variable("id", id(customer.id()))
                .execute()
                .path("user.email")
                .entity(String.class)
                .isEqualTo(customer.user().email());
        as(customer)
                .document(USER)
                .variable("id", id(customer.id()))
                .execute()
                .path("user.username")
                .entity(String.class)
                .isEqualTo(customer.user().username());
        singleError(as(customer).document(USER).variable("id", id(other.id())).execute(), "NOT_FOUND");
    }

    @Test
    void customerSeesNoEmailOfTheAgentOnTheirTicket() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        var ticket = ticket(customer, "Who helps me?");
        ticketUpdates.assign(agent.actor(), ticket.id(), agent.id(), null);

        as(customer)
                .document("query ($id: ID!) { ticket(id: $id) { assignee { username email } } }")
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.assignee.username")
                .entity(String.class)
                .isEqualTo(agent.user().username())
                .path("ticket.assignee.email")
                .valueIsNull();
    }

    @Test
    void customerSeesNoPhoneMobileOrTimeZoneOfTheAgentButStaffDo() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        as(users.admin())
                .document(UPDATE)
                .variable(
                        "input",
                        Map.of(
                                "id",
                                id(agent.id()),
                                "phone",
                                "+1 555 0100",
                                "mobile",
                                "+1 555 0101",
                                "timeZone",
                                "UTC"))
                .execute()
                .path("updateUser.user.phone")
                .entity(String.class)
                .isEqualTo("+1 555 0100");
        var ticket = ticket(customer, "Call me?");
        ticketUpdates.assign(agent.actor(), ticket.id(), agent.id(), null);
        String query = "query ($id: ID!) { ticket(id: $id) { assignee { phone mobile timeZone jobTitle } } }";

        as(customer)
                .document(query)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.assignee.phone")
                .valueIsNull()
                .path("ticket.assignee.mobile")
                .valueIsNull()
                .path("ticket.assignee.timeZone")
                .valueIsNull();
        as(users.agent())
                .document(query)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.assignee.mobile")
                .entity(String.class)
                .isEqualTo("+1 555 0101");
    }

    @Test
    void unknownUserIsNotFound() {
        singleError(as(users.agent()).document(USER).variable("id", "999999999").execute(), "NOT_FOUND");
    }

    @Test
    void nonNumericUserIdIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent()).document(USER).variable("id", "me").execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("id");
    }

    @Test
    void walkingAllUserPagesReturnsEveryMatchOnce() {
        String marker = "walk" + unique();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(createUser(marker + "-" + i, "CUSTOMER"));
        }
        HttpGraphQlTester admin = as(users.admin());
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            GraphQlTester.Response page = admin.document(USERS)
                    .variable("filter", Map.of("text", marker))
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            page.path("users.totalCount").entity(Integer.class).isEqualTo(5);
            page.path("users.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
            seen.addAll(
                    page.path("users.edges[*].node.id").entityList(String.class).get());
            hasNext = page.path("users.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("users.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void usersCanBeFilteredByRole() {
        String marker = "role" + unique();
        String agent = createUser(marker + "-a", "AGENT");
        createUser(marker + "-c", "CUSTOMER");

        as(users.admin())
                .document(USERS)
                .variable("filter", Map.of("text", marker, "role", "AGENT"))
                .execute()
                .path("users.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(agent);
    }

    @Test
    void customerCannotListUsers() {
        singleError(as(users.customer()).document(USERS).execute(), "FORBIDDEN");
    }

    @Test
    void anonymousCannotListUsers() {
        singleError(anonymous().document(USERS).execute(), "UNAUTHORIZED");
    }

    @Test
    void malformedUserCursorIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent()).document(USERS).variable("after", "???").execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("after");
    }

    @Test
    void administratorCreatesAUser() {
        String name = "new-" + unique();
        as(users.admin())
                .document(CREATE)
                .variable("input", userInput(name, "AGENT"))
                .execute()
                .path("createUser.user.username")
                .entity(String.class)
                .isEqualTo(name)
                .path("createUser.user.role")
                .entity(String.class)
                .isEqualTo("AGENT");
    }

    @Test
    void agentCannotCreateUsers() {
        singleError(
                as(users.agent())
                        .document(CREATE)
                        .variable("input", userInput("x" + unique(), "AGENT"))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void anonymousCannotCreateUsers() {
        singleError(
                anonymous()
                        .document(CREATE)
                        .variable("input", userInput("x" + unique(), "AGENT"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void invalidUserIsBadRequestWithEveryFieldNamed() {
        Map<String, Object> input = userInput("bad" + unique(), "CUSTOMER");
        input.put("email", "not-an-address");
        input.put("password", "short");
        ResponseError error = singleError(
                as(users.admin()).document(CREATE).variable("input", input).execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.email", "input.password");
    }

    @Test
    void takenUsernameIsBadRequest() {
        String name = "taken-" + unique();
        createUser(name, "CUSTOMER");
        Map<String, Object> again = userInput(name, "CUSTOMER");
        again.put("email", "other-" + name + "@example.com");
        ResponseError error = singleError(
                as(users.admin()).document(CREATE).variable("input", again).execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.username");
    }

    @Test
    void unknownRoleIsBadRequest() {
        singleError(
                as(users.admin())
                        .document(CREATE)
                        .variable("input", userInput("r" + unique(), "WIZARD"))
                        .execute(),
                "BAD_REQUEST");
    }

    @Test
    void userUpdatesTheirOwnProfileAndNullClears() {
        TestUser customer = users.customer();
        Map<String, Object> input = new HashMap<>();
        input.put("id", id(customer.id()));
        input.put("firstName", "Ada");
        input.put("phone", null);

        as(customer)
                .document(UPDATE)
                .variable("input", input)
                .execute()
                .path("updateUser.user.firstName")
                .entity(String.class)
                .isEqualTo("Ada")
                .path("updateUser.user.lastName")
                .entity(String.class)
                .isEqualTo(customer.user().lastName())
                .path("updateUser.user.phone")
                .valueIsNull()
                .path("updateUser.user.role")
                .entity(String.class)
                .isEqualTo("CUSTOMER");
    }

    @Test
    void customerCannotPromoteThemselves() {
        TestUser customer = users.customer();
        singleError(
                as(customer)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(customer.id()), "role", "ADMIN"))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void agentCannotChangeAnotherUser() {
        singleError(
                as(users.agent())
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(users.customer().id()), "firstName", "Eve"))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void administratorArchivesAUser() {
        TestUser customer = users.customer();
        as(users.admin())
                .document(UPDATE)
                .variable("input", Map.of("id", id(customer.id()), "active", false))
                .execute()
                .path("updateUser.user.active")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        singleError(
                as(users.admin())
                        .document(UPDATE)
                        .variable("input", Map.of("id", "999999999", "firstName", "x"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void invalidUpdateIsBadRequest() {
        TestUser customer = users.customer();
        ResponseError error = singleError(
                as(customer)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(customer.id()), "timeZone", "Mars/Olympus"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.timeZone");
    }

    @Test
    void profileFieldsLongerThanStorageHoldsAreBadRequestNotAServerError() {
        TestUser customer = users.customer();
        ResponseError error = singleError(
                as(customer)
                        .document(UPDATE)
                        .variable(
                                "input",
                                Map.of(
                                        "id", id(customer.id()),
                                        "phone", "1".repeat(51),
                                        "firstName", "x".repeat(151),
                                        "jobTitle", "y".repeat(10_000)))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.phone", "input.firstName", "input.jobTitle");
    }

    @Test
    void anonymousCannotUpdateUsers() {
        singleError(
                anonymous()
                        .document(UPDATE)
                        .variable("input", Map.of("id", "1", "firstName", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    private String createUser(String username, String role) {
        return as(users.admin())
                .document(CREATE)
                .variable("input", userInput(username, role))
                .execute()
                .path("createUser.user.id")
                .entity(String.class)
                .get();
    }

    private static Map<String, Object> userInput(String username, String role) {
        Map<String, Object> input = new HashMap<>();
        input.put("username", username);
        input.put("email", username + "@example.com");
        input.put("password", "a-long-enough-password");
        input.put("role", role);
        return input;
    }
}
