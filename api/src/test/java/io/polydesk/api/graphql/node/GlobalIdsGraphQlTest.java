package io.polydesk.api.graphql.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@PolydeskIntegrationTest
class GlobalIdsGraphQlTest extends GraphQlTestSupport {

    private static final String TICKET = """
            query ($id: ID, $number: String) {
              ticket(id: $id, number: $number) { id internalId number requester { id internalId } status { id } }
            }""";

    private static final String NODE = """
            query ($id: ID!) { node(id: $id) { __typename id ... on Ticket { title } ... on User { username } } }""";

    private static final String NODES = """
            query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }""";

    private HttpGraphQlTester v2(TestUser user) {
        return as(user).mutate().header(GraphQlVersion.HEADER, "2").build();
    }

    private static String global(String type, long key) {
        return new GlobalId(type, key).encoded();
    }

    @Test
    void versionTwoAnswersGlobalIdsAndInternalIdsTheNumbers() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Global " + unique());

        GraphQlTester.Response response =
                v2(customer).document(TICKET).variable("id", id(ticket.id())).execute();

        response.path("ticket.id").entity(String.class).isEqualTo(global("Ticket", ticket.id()));
        response.path("ticket.internalId").entity(Long.class).isEqualTo(ticket.id());
        response.path("ticket.requester.id").entity(String.class).isEqualTo(global("User", customer.id()));
        response.path("ticket.requester.internalId").entity(Long.class).isEqualTo(customer.id());
        response.path("ticket.status.id")
                .entity(String.class)
                .satisfies(id -> assertThat(GlobalId.decode(id))
                        .hasValueSatisfying(g -> assertThat(g.type()).isEqualTo("Status")));
    }

    @Test
    void withoutTheHeaderIdsStayTheNumbersClientsKnow() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Legacy " + unique());

        GraphQlTester.Response response =
                as(customer).document(TICKET).variable("id", id(ticket.id())).execute();

        response.path("ticket.id").entity(String.class).isEqualTo(id(ticket.id()));
        response.path("ticket.internalId").entity(Long.class).isEqualTo(ticket.id());
    }

    @Test
    void aGlobalIdRoundTripsThroughNodeAndNodes() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Round trip " + unique());
        String ticketId = v2(agent)
                .document(TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.id")
                .entity(String.class)
                .get();

        v2(agent)
                .document(NODE)
                .variable("id", ticketId)
                .execute()
                .path("node.__typename")
                .entity(String.class)
                .isEqualTo("Ticket")
                .path("node.id")
                .entity(String.class)
                .isEqualTo(ticketId)
                .path("node.title")
                .entity(String.class)
                .isEqualTo(ticket.title());

        v2(agent)
                .document(NODES)
                .variable("ids", List.of(global("User", customer.id()), ticketId))
                .execute()
                .path("nodes[*].__typename")
                .entityList(String.class)
                .containsExactly("User", "Ticket")
                .path("nodes[*].id")
                .entityList(String.class)
                .containsExactly(global("User", customer.id()), ticketId);
    }

    @Test
    void aCustomersNodeOfAnotherCustomersTicketIsNullWithAnError() {
        TestUser owner = users.customer();
        TestUser intruder = users.customer();
        Ticket secret = ticket(owner, "Secret " + unique());
        Ticket mine = ticket(intruder, "Mine " + unique());

        GraphQlTester.Response single = as(intruder)
                .document(NODE)
                .variable("id", global("Ticket", secret.id()))
                .execute();
        ResponseError error = singleError(single, "NOT_FOUND");
        assertThat(error.getPath()).isEqualTo("node");
        assertThat(error.getMessage()).doesNotContain(secret.title());
        single.path("node").valueIsNull();

        GraphQlTester.Response many = v2(intruder)
                .document(NODES)
                .variable("ids", List.of(global("Ticket", mine.id()), global("Ticket", secret.id()), "not-a-global-id"))
                .execute();
        many.errors().satisfy(errors -> {
            assertThat(errors).extracting(ResponseError::getPath).containsExactly("nodes[1]", "nodes[2]");
            assertThat(errors)
                    .extracting(e -> e.getExtensions().get("classification"))
                    .containsExactlyInAnyOrder("NOT_FOUND", "BAD_REQUEST");
        });
        many.path("nodes[0].id").entity(String.class).isEqualTo(global("Ticket", mine.id()));
        many.path("nodes[1]").valueIsNull();
        many.path("nodes[2]").valueIsNull();
    }

    @Test
    void nodeRefusesWhatIsNotAGlobalIdAndAnonymousCallers() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Plain " + unique());

        ResponseError bad = singleError(
                as(agent).document(NODE).variable("id", id(ticket.id())).execute(), "BAD_REQUEST");
        assertThat(detailFields(bad)).containsExactly("id");
        singleError(
                anonymous()
                        .document(NODE)
                        .variable("id", global("Ticket", ticket.id()))
                        .execute(),
                "UNAUTHORIZED");
        singleError(
                as(agent)
                        .document(NODES)
                        .variable("ids", java.util.Collections.nCopies(101, global("Ticket", ticket.id())))
                        .execute(),
                "BAD_REQUEST");
    }

    @Test
    void aCustomerFetchesOnlyTheirOwnAccountByNode() {
        TestUser customer = users.customer();
        TestUser other = users.customer();

        v2(customer)
                .document(NODE)
                .variable("id", global("User", customer.id()))
                .execute()
                .path("node.username")
                .entity(String.class)
                .isEqualTo(customer.user().username());
        singleError(
                as(customer)
                        .document(NODE)
                        .variable("id", global("User", other.id()))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void mutationsTakeGlobalIdsAndRefuseOnesOfTheWrongType() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mutate " + unique());

        v2(agent)
                .document("""
                        mutation ($input: UpdateTicketInput!) {
                          updateTicket(input: $input) { ticket { id title assignee { id } } }
                        }""")
                .variable(
                        "input",
                        Map.of(
                                "id", global("Ticket", ticket.id()),
                                "lockVersion", ticket.lockVersion(),
                                "title", "Renamed",
                                "assigneeId", global("User", agent.id())))
                .execute()
                .path("updateTicket.ticket.id")
                .entity(String.class)
                .isEqualTo(global("Ticket", ticket.id()))
                .path("updateTicket.ticket.title")
                .entity(String.class)
                .isEqualTo("Renamed")
                .path("updateTicket.ticket.assignee.id")
                .entity(String.class)
                .isEqualTo(global("User", agent.id()));

        ResponseError wrongType = singleError(
                as(agent)
                        .document("""
                                mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }""")
                        .variable("input", Map.of("ticketId", global("User", customer.id()), "content", "x"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(wrongType)).containsExactly("input.ticketId");
    }

    @Test
    void aTicketIsFoundByItsNumberOnlyByThoseWhoMaySeeIt() {
        TestUser owner = users.customer();
        TestUser intruder = users.customer();
        Ticket ticket = ticket(owner, "Numbered " + unique());

        as(owner)
                .document(TICKET)
                .variable("number", ticket.number().toLowerCase())
                .execute()
                .path("ticket.internalId")
                .entity(Long.class)
                .isEqualTo(ticket.id());

        GraphQlTester.Response hidden = as(intruder)
                .document(TICKET)
                .variable("number", ticket.number())
                .execute();
        singleError(hidden, "NOT_FOUND");
        hidden.path("ticket").valueIsNull();
        singleError(as(owner).document(TICKET).variable("number", "nonsense").execute(), "NOT_FOUND");
        singleError(
                as(owner)
                        .document(TICKET)
                        .variable("number", ticket.number())
                        .variable("id", id(ticket.id()))
                        .execute(),
                "BAD_REQUEST");
        singleError(as(owner).document(TICKET).execute(), "BAD_REQUEST");
    }
}
