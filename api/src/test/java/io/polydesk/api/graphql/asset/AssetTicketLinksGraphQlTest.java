package io.polydesk.api.graphql.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetArchiving;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.AssetTicketService;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.ticket.Ticket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Assets linked to tickets through GraphQL, per role: who may link, and who sees which end of a link. */
@PolydeskIntegrationTest
class AssetTicketLinksGraphQlTest extends GraphQlTestSupport {

    private static final String LINK = """
            mutation ($input: AssetTicketInput!) {
              linkAssetToTicket(input: $input) { asset { id tickets { id } } ticket { id assets { id } } }
            }""";
    private static final String UNLINK = """
            mutation ($input: AssetTicketInput!) {
              unlinkAssetFromTicket(input: $input) { asset { id tickets { id } } ticket { id assets { id } } }
            }""";
    private static final String TICKET_ASSETS = "query ($id: ID!) { ticket(id: $id) { assets { id name } } }";
    private static final String ASSET_TICKETS = "query ($id: ID!) { asset(id: $id) { tickets { id title } } }";
    private static final String HISTORY =
            "query ($id: ID!) { ticket(id: $id) { history { field fromValue toValue } } }";

    @Autowired
    AssetRegistration assetRegistration;

    @Autowired
    AssetArchiving assetArchiving;

    @Autowired
    AssetTicketService links;

    @Autowired
    TicketMergeService merges;

    private TestUser agent;
    private TestUser owner;

    @BeforeEach
    void setUp() {
        agent = users.agent();
        owner = users.customer();
    }

    private Asset asset(Long ownerId) {
        return assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name("Laptop " + unique())
                        .ownerId(ownerId)
                        .build());
    }

    private static Map<String, Object> input(Asset asset, Ticket ticket) {
        return Map.of("assetId", id(asset.id()), "ticketId", id(ticket.id()));
    }

    @Test
    void agentLinksAnAssetOnceHoweverOftenAskedAndUnlinksIt() {
        Asset laptop = asset(owner.id());
        Ticket ticket = ticket(owner, "Laptop will not boot");

        for (int i = 0; i < 2; i++) {
            as(agent)
                    .document(LINK)
                    .variable("input", input(laptop, ticket))
                    .execute()
                    .path("linkAssetToTicket.asset.tickets[*].id")
                    .entityList(String.class)
                    .containsExactly(id(ticket.id()))
                    .path("linkAssetToTicket.ticket.assets[*].id")
                    .entityList(String.class)
                    .containsExactly(id(laptop.id()));
        }
        as(users.admin())
                .document(TICKET_ASSETS)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.assets[*].name")
                .entityList(String.class)
                .containsExactly(laptop.name());

        as(agent)
                .document(UNLINK)
                .variable("input", input(laptop, ticket))
                .execute()
                .path("unlinkAssetFromTicket.asset.tickets")
                .entityList(Object.class)
                .hasSize(0)
                .path("unlinkAssetFromTicket.ticket.assets")
                .entityList(Object.class)
                .hasSize(0);
        as(agent)
                .document(UNLINK)
                .variable("input", input(laptop, ticket))
                .execute()
                .path("unlinkAssetFromTicket.ticket.assets")
                .entityList(Object.class)
                .hasSize(0);

        as(agent)
                .document(HISTORY)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.history[?(@.field == 'asset')].toValue")
                .entityList(String.class)
                .hasSize(2)
                .contains(laptop.id() + ":" + laptop.name());
    }

    @Test
    void onlyStaffLinkAndNobodyUnauthenticated() {
        Asset laptop = asset(owner.id());
        Ticket ticket = ticket(owner, "Mine");

        singleError(
                anonymous()
                        .document(LINK)
                        .variable("input", input(laptop, ticket))
                        .execute(),
                "UNAUTHORIZED");
        singleError(
                as(owner)
                        .document(LINK)
                        .variable("input", input(laptop, ticket))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(owner)
                        .document(UNLINK)
                        .variable("input", input(laptop, ticket))
                        .execute(),
                "FORBIDDEN");
        as(owner)
                .document(TICKET_ASSETS)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.assets")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void bothEndsMustExistTheAssetBeLiveAndTheIdsBeIds() {
        Asset laptop = asset(null);
        Ticket ticket = ticket(owner, "Broken");

        singleError(
                as(agent)
                        .document(LINK)
                        .variable("input", Map.of("assetId", "999999999", "ticketId", id(ticket.id())))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(agent)
                        .document(LINK)
                        .variable("input", Map.of("assetId", id(laptop.id()), "ticketId", "999999999"))
                        .execute(),
                "NOT_FOUND");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(LINK)
                                .variable("input", Map.of("assetId", "laptop", "ticketId", id(ticket.id())))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.assetId");

        Ticket archivedTicket = ticket(owner, "Gone");
        ticketArchiving.archive(agent.actor(), archivedTicket.id(), null);
        singleError(
                as(agent)
                        .document(LINK)
                        .variable("input", input(laptop, archivedTicket))
                        .execute(),
                "NOT_FOUND");

        assetArchiving.archive(agent.actor(), laptop.id(), null);
        singleError(
                as(agent)
                        .document(LINK)
                        .variable("input", input(laptop, ticket))
                        .execute(),
                "BAD_REQUEST");
        as(agent)
                .document(TICKET_ASSETS)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.assets")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void customersSeeOnlyTheirOwnTicketsOnAnAssetAndOnlyTheirOwnAssetsOnATicket() {
        TestUser colleague = users.customer();
        Asset shared = assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name("Printer " + unique())
                        .ownerId(owner.id())
                        .userIds(List.of(colleague.id()))
                        .build());
        Asset server = asset(null);
        Ticket mine = ticket(owner, "Printer jams");
        Ticket theirs = ticket(colleague, "Printer smudges, private details");
        links.link(agent.actor(), shared.id(), mine.id());
        links.link(agent.actor(), shared.id(), theirs.id());
        links.link(agent.actor(), server.id(), mine.id());

        as(owner)
                .document(ASSET_TICKETS)
                .variable("id", id(shared.id()))
                .execute()
                .path("asset.tickets[*].id")
                .entityList(String.class)
                .containsExactly(id(mine.id()));
        as(colleague)
                .document(ASSET_TICKETS)
                .variable("id", id(shared.id()))
                .execute()
                .path("asset.tickets[*].id")
                .entityList(String.class)
                .containsExactly(id(theirs.id()));
        as(agent)
                .document(ASSET_TICKETS)
                .variable("id", id(shared.id()))
                .execute()
                .path("asset.tickets[*].id")
                .entityList(String.class)
                .containsExactly(id(mine.id()), id(theirs.id()));

        as(owner)
                .document(TICKET_ASSETS)
                .variable("id", id(mine.id()))
                .execute()
                .path("ticket.assets[*].id")
                .entityList(String.class)
                .containsExactly(id(shared.id()));
        as(agent)
                .document(TICKET_ASSETS)
                .variable("id", id(mine.id()))
                .execute()
                .path("ticket.assets[*].id")
                .entityList(String.class)
                .containsExactly(id(shared.id()), id(server.id()));
        singleError(
                as(owner)
                        .document(TICKET_ASSETS)
                        .variable("id", id(theirs.id()))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(users.customer())
                        .document(ASSET_TICKETS)
                        .variable("id", id(shared.id()))
                        .execute(),
                "NOT_FOUND");

        ticketArchiving.archive(agent.actor(), theirs.id(), null);
        as(agent)
                .document(ASSET_TICKETS)
                .variable("id", id(shared.id()))
                .execute()
                .path("asset.tickets[*].id")
                .entityList(String.class)
                .containsExactly(id(mine.id()));
    }

    @Test
    void aMergedTicketsAssetsMoveToTheTargetWithoutDuplicates() {
        Asset both = asset(owner.id());
        Asset onlySource = asset(owner.id());
        Ticket source = ticket(owner, "Duplicate report");
        Ticket target = ticket(owner, "Original report");
        links.link(agent.actor(), both.id(), source.id());
        links.link(agent.actor(), onlySource.id(), source.id());
        links.link(agent.actor(), both.id(), target.id());

        merges.merge(agent.actor(), source.id(), target.id());

        as(agent)
                .document(TICKET_ASSETS)
                .variable("id", id(target.id()))
                .execute()
                .path("ticket.assets[*].id")
                .entityList(String.class)
                .contains(id(both.id()), id(onlySource.id()))
                .hasSize(2);
        as(agent)
                .document(TICKET_ASSETS)
                .variable("id", id(source.id()))
                .execute()
                .path("ticket.assets")
                .entityList(Object.class)
                .hasSize(0);
        as(agent)
                .document(ASSET_TICKETS)
                .variable("id", id(both.id()))
                .execute()
                .path("asset.tickets[*].id")
                .entityList(String.class)
                .containsExactly(id(target.id()));
    }
}
