package io.polydesk.api.graphql.ticketwork;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.token.CreatedApiToken;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.http.HttpHeaders;

@PolydeskIntegrationTest
class RelationsAndMergesTest extends GraphQlTestSupport {

    private static final String LINK = """
            mutation ($input: LinkTicketsInput!) {
              linkTickets(input: $input) {
                ticket { links { kind outward ticket { id } } }
                otherTicket { links { kind outward ticket { id } } }
              }
            }""";

    private static final String UNLINK = """
            mutation ($input: UnlinkTicketsInput!) { unlinkTickets(input: $input) { ticket { links { id } } } }""";

    private static final String SET_PARENT = """
            mutation ($input: SetParentTicketInput!) {
              setParentTicket(input: $input) { ticket { id parent { id subTickets { id } } } }
            }""";

    private static final String REMOVE_PARENT = """
            mutation ($input: RemoveParentTicketInput!) { removeParentTicket(input: $input) { ticket { parent { id } } } }""";

    private static final String RELATIONS = """
            query ($id: ID!) {
              ticket(id: $id) { links { ticket { id } } parent { id } subTickets { id } mergedInto { id } }
            }""";

    private static final String MERGE = """
            mutation ($input: MergeTicketsInput!) {
              mergeTickets(input: $input) {
                ticket { id comments { nodes { content system } } links { ticket { id } } subTickets { id } }
                mergedTicket { status { key } closedAt mergedInto { id } }
              }
            }""";

    private static final String MERGE_USERS = """
            mutation ($input: MergeUsersInput!) { mergeUsers(input: $input) { user { id } } }""";

    @Autowired
    RelationService relations;

    @Autowired
    ApiTokenService tokens;

    @Test
    void agentLinksTwoTicketsAndBothSeeTheLinkFromTheirSide() {
        TestUser agent = users.agent();
        Ticket a = ticket(users.customer(), "Outage");
        Ticket b = ticket(users.customer(), "Same outage");

        as(agent)
                .document(LINK)
                .variable("input", Map.of("ticketId", id(b.id()), "otherTicketId", id(a.id()), "kind", "DUPLICATES"))
                .execute()
                .path("linkTickets.ticket.links[0].kind")
                .entity(String.class)
                .isEqualTo("DUPLICATES")
                .path("linkTickets.ticket.links[0].outward")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("linkTickets.ticket.links[0].ticket.id")
                .entity(String.class)
                .isEqualTo(id(a.id()))
                .path("linkTickets.otherTicket.links[0].outward")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("linkTickets.otherTicket.links[0].ticket.id")
                .entity(String.class)
                .isEqualTo(id(b.id()));

        as(agent)
                .document(UNLINK)
                .variable("input", Map.of("ticketId", id(a.id()), "otherTicketId", id(b.id())))
                .execute()
                .path("unlinkTickets.ticket.links")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void selfLinksAndSecondLinksBetweenTheSameTicketsAreRefused() {
        TestUser agent = users.agent();
        Ticket a = ticket(users.customer(), "One");
        Ticket b = ticket(users.customer(), "Two");
        ResponseError self = singleError(
                as(agent)
                        .document(LINK)
                        .variable("input", Map.of("ticketId", id(a.id()), "otherTicketId", id(a.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(self)).containsExactly("input.targetId");

        relations.link(agent.actor(), a.id(), b.id(), LinkKind.RELATES_TO);
        ResponseError again = singleError(
                as(agent)
                        .document(LINK)
                        .variable(
                                "input", Map.of("ticketId", id(b.id()), "otherTicketId", id(a.id()), "kind", "BLOCKS"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(again.getExtensions()).containsEntry("code", "CONFLICT");
    }

    @Test
    void customerCannotLinkAndSeesOnlyLinksToTheirOwnTickets() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket mine = ticket(customer, "Mine");
        Ticket alsoMine = ticket(customer, "Also mine");
        Ticket theirs = ticket(users.customer(), "Theirs");
        relations.link(agent.actor(), mine.id(), theirs.id(), LinkKind.RELATES_TO);
        relations.link(agent.actor(), mine.id(), alsoMine.id(), LinkKind.BLOCKS);
        relations.setParent(agent.actor(), mine.id(), theirs.id());

        singleError(
                as(customer)
                        .document(LINK)
                        .variable("input", Map.of("ticketId", id(mine.id()), "otherTicketId", id(alsoMine.id())))
                        .execute(),
                "FORBIDDEN");
        as(customer)
                .document(RELATIONS)
                .variable("id", id(mine.id()))
                .execute()
                .path("ticket.links[*].ticket.id")
                .entityList(String.class)
                .containsExactly(id(alsoMine.id()))
                .path("ticket.parent")
                .valueIsNull();
        as(agent)
                .document(RELATIONS)
                .variable("id", id(mine.id()))
                .execute()
                .path("ticket.links[*].ticket.id")
                .entityList(String.class)
                .containsExactly(id(theirs.id()), id(alsoMine.id()))
                .path("ticket.parent.id")
                .entity(String.class)
                .isEqualTo(id(theirs.id()));
    }

    @Test
    void linkingToAnUnknownTicketIsNotFound() {
        Ticket a = ticket(users.customer(), "Known");
        singleError(
                as(users.agent())
                        .document(LINK)
                        .variable("input", Map.of("ticketId", id(a.id()), "otherTicketId", "999999999"))
                        .execute(),
                "NOT_FOUND");
        singleError(
                anonymous()
                        .document(LINK)
                        .variable("input", Map.of("ticketId", id(a.id()), "otherTicketId", "1"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void parentAndSubTicketsAreSetAndRemoved() {
        TestUser agent = users.agent();
        Ticket parent = ticket(users.customer(), "Office move");
        Ticket child = ticket(users.customer(), "Move printers");

        as(agent)
                .document(SET_PARENT)
                .variable("input", Map.of("ticketId", id(child.id()), "parentId", id(parent.id())))
                .execute()
                .path("setParentTicket.ticket.parent.id")
                .entity(String.class)
                .isEqualTo(id(parent.id()))
                .path("setParentTicket.ticket.parent.subTickets[*].id")
                .entityList(String.class)
                .containsExactly(id(child.id()));

        as(agent)
                .document(REMOVE_PARENT)
                .variable("input", Map.of("ticketId", id(child.id())))
                .execute()
                .path("removeParentTicket.ticket.parent")
                .valueIsNull();
    }

    @Test
    void aParentChainThatWouldLoopIsRefused() {
        TestUser agent = users.agent();
        Ticket top = ticket(users.customer(), "Top");
        Ticket middle = ticket(users.customer(), "Middle");
        Ticket bottom = ticket(users.customer(), "Bottom");
        relations.setParent(agent.actor(), middle.id(), top.id());
        relations.setParent(agent.actor(), bottom.id(), middle.id());

        ResponseError cycle = singleError(
                as(agent)
                        .document(SET_PARENT)
                        .variable("input", Map.of("ticketId", id(top.id()), "parentId", id(bottom.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(cycle)).containsExactly("input.parentId");
        ResponseError self = singleError(
                as(agent)
                        .document(SET_PARENT)
                        .variable("input", Map.of("ticketId", id(top.id()), "parentId", id(top.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(self)).containsExactly("input.parentId");
        as(agent)
                .document(RELATIONS)
                .variable("id", id(top.id()))
                .execute()
                .path("ticket.parent")
                .valueIsNull();
    }

    @Test
    void mergingMovesCommentsLinksAndSubTicketsAndClosesTheSourceAsADuplicate() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket source = ticket(customer, "Mail down");
        Ticket target = ticket(customer, "Mail outage");
        Ticket related = ticket(users.customer(), "DNS change");
        Ticket child = ticket(users.customer(), "Restart MX");
        comment(customer, source, "Since 9am", false);
        relations.link(agent.actor(), source.id(), related.id(), LinkKind.RELATES_TO);
        relations.link(agent.actor(), source.id(), target.id(), LinkKind.DUPLICATES);
        relations.setParent(agent.actor(), child.id(), source.id());

        as(agent)
                .document(MERGE)
                .variable("input", Map.of("sourceId", id(source.id()), "targetId", id(target.id())))
                .execute()
                .path("mergeTickets.ticket.comments.nodes[0].content")
                .entity(String.class)
                .isEqualTo("Since 9am")
                .path("mergeTickets.ticket.comments.nodes[1].system")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("mergeTickets.ticket.links[*].ticket.id")
                .entityList(String.class)
                .containsExactly(id(related.id()))
                .path("mergeTickets.ticket.subTickets[*].id")
                .entityList(String.class)
                .containsExactly(id(child.id()))
                .path("mergeTickets.mergedTicket.status.key")
                .entity(String.class)
                .isEqualTo("duplicate")
                .path("mergeTickets.mergedTicket.closedAt")
                .hasValue()
                .path("mergeTickets.mergedTicket.mergedInto.id")
                .entity(String.class)
                .isEqualTo(id(target.id()));

        singleError(
                as(agent)
                        .document(MERGE)
                        .variable("input", Map.of("sourceId", id(related.id()), "targetId", id(source.id())))
                        .execute(),
                "BAD_REQUEST");
    }

    @Test
    void mergingAnotherCustomersTicketKeepsTheirWordsFromTheTargetsRequester() {
        TestUser agent = users.agent();
        TestUser alice = users.customer();
        TestUser bob = users.customer();
        Ticket alices = ticket(alice, "VPN drops");
        Ticket bobs = ticket(bob, "VPN keeps dropping");
        comment(bob, bobs, "My home address is 1 Elm Street", false);

        as(agent)
                .document(MERGE)
                .variable("input", Map.of("sourceId", id(bobs.id()), "targetId", id(alices.id())))
                .execute()
                .path("mergeTickets.mergedTicket.status.key")
                .entity(String.class)
                .isEqualTo("duplicate");

        String asAlice = as(alice)
                .document("query ($id: ID!) { ticket(id: $id) { comments { nodes { content } } } }")
                .variable("id", id(alices.id()))
                .execute()
                .path("ticket.comments.nodes[*].content")
                .entityList(String.class)
                .get()
                .toString();
        assertThat(asAlice).doesNotContain("Elm Street").doesNotContain(bobs.number());
        as(agent)
                .document("query ($id: ID!) { ticket(id: $id) { comments { nodes { content internal } } } }")
                .variable("id", id(alices.id()))
                .execute()
                .path("ticket.comments.nodes[?(@.content == 'My home address is 1 Elm Street')].internal")
                .entityList(Boolean.class)
                .containsExactly(true);
    }

    @Test
    void mergeRefusesItselfCustomersAndInvisibleTickets() {
        TestUser customer = users.customer();
        Ticket mine = ticket(customer, "Mine");
        Ticket other = ticket(customer, "Other");
        Ticket stranger = ticket(users.customer(), "Stranger");

        ResponseError self = singleError(
                as(users.agent())
                        .document(MERGE)
                        .variable("input", Map.of("sourceId", id(mine.id()), "targetId", id(mine.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(self)).containsExactly("input.targetId");
        singleError(
                as(customer)
                        .document(MERGE)
                        .variable("input", Map.of("sourceId", id(mine.id()), "targetId", id(other.id())))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(users.agent())
                        .document(MERGE)
                        .variable("input", Map.of("sourceId", id(stranger.id()), "targetId", "999999999"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void administratorMergesUsersAndTheSourcesTokensStopWorking() {
        TestUser keep = users.customer();
        TestUser duplicate = users.customer();
        Ticket filed = ticket(duplicate, "Filed under the second account");
        CreatedApiToken token = tokens.create(duplicate.actor(), "laptop");

        as(users.admin())
                .document(MERGE_USERS)
                .variable("input", Map.of("sourceId", id(duplicate.id()), "targetId", id(keep.id())))
                .execute()
                .path("mergeUsers.user.id")
                .entity(String.class)
                .isEqualTo(id(keep.id()));

        as(keep).document(RELATIONS)
                .variable("id", id(filed.id()))
                .execute()
                .path("ticket")
                .hasValue();
        for (String credentials : new String[] {duplicate.basic(), "Bearer " + token.secret()}) {
            client().post()
                    .uri("/graphql")
                    .header(HttpHeaders.AUTHORIZATION, credentials)
                    .header(HttpHeaders.CONTENT_TYPE, "application/json")
                    .bodyValue("{\"query\":\"{ commentTemplates { id } }\"}")
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }

    @Test
    void agentCannotMergeUsersAndUsersCannotBeMergedIntoThemselvesOrArchivedUsers() {
        TestUser a = users.customer();
        TestUser b = users.customer();
        singleError(
                as(users.agent())
                        .document(MERGE_USERS)
                        .variable("input", Map.of("sourceId", id(a.id()), "targetId", id(b.id())))
                        .execute(),
                "FORBIDDEN");
        ResponseError self = singleError(
                as(users.admin())
                        .document(MERGE_USERS)
                        .variable("input", Map.of("sourceId", id(a.id()), "targetId", id(a.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(self)).containsExactly("input.targetId");

        as(users.admin())
                .document(MERGE_USERS)
                .variable("input", Map.of("sourceId", id(a.id()), "targetId", id(b.id())))
                .execute();
        ResponseError archived = singleError(
                as(users.admin())
                        .document(MERGE_USERS)
                        .variable("input", Map.of("sourceId", id(b.id()), "targetId", id(a.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(archived)).containsExactly("input.targetId");
        singleError(
                as(users.admin())
                        .document(MERGE_USERS)
                        .variable("input", Map.of("sourceId", "999999999", "targetId", id(b.id())))
                        .execute(),
                "NOT_FOUND");
    }
}
