package io.polydesk.api.graphql.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.batch.StatementCountingDataSource;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetNotes;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.AssetTicketService;
import io.polydesk.domain.asset.AssetVendorService;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.LocationService;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every nested asset field is batch-loaded: a page of assets with type, status, location, users, tags, notes,
 * custom fields, attachments, manufacturer, supplier and linked tickets costs the same number of SQL statements
 * for 5 assets as for 50; so does a page of tickets with their assets.
 */
@PolydeskIntegrationTest
@Import(AssetBatchLoadingTest.CountStatements.class)
class AssetBatchLoadingTest extends GraphQlTestSupport {

    private static final String PAGE = """
            query ($owner: ID, $first: Int) {
              assets(filter: {ownerId: $owner}, first: $first) {
                totalCount
                edges { node {
                  id name tags
                  type { name parent { name } } status { key } location { name parent { name } }
                  owner { id name } assignedUsers(first: 3) { id name }
                  notes(first: 3) { content author { name } }
                  customFields { key value }
                  attachments(first: 3) { fileName uploadedBy { name } }
                  manufacturer { name } supplier { name } tickets(first: 3) { title }
                } }
              }
            }""";

    private static final String TICKETS = """
            query ($requester: ID, $first: Int) {
              tickets(filter: {requesterId: $requester}, first: $first) {
                totalCount
                edges { node { id assets(first: 3) { name status { key } manufacturer { name } } } }
              }
            }""";

    @TestConfiguration(proxyBeanMethods = false)
    static class CountStatements {
        @Bean
        static StatementCountingDataSource statementCountingDataSource() {
            return new StatementCountingDataSource();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AssetBatchLoadingTest.class);

    @Autowired
    StatementCountingDataSource statements;

    @Autowired
    AssetRegistration assetRegistration;

    @Autowired
    AssetNotes assetNotes;

    @Autowired
    LocationService locations;

    @Autowired
    AssetCatalogQueries assetCatalog;

    @Autowired
    AttachmentService attachments;

    @Autowired
    AssetVendorService vendors;

    @Autowired
    AssetTicketService links;

    @Test
    void fiftyAssetsCostNoMoreStatementsThanFive() {
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        TestUser holder = users.customer();
        Location building = locations.create(users.admin().actor(), "Building " + unique(), null);
        Location room = locations.create(users.admin().actor(), "Room", building.id());
        long laptop = assetCatalog.typeNamed("Laptop").orElseThrow().id();
        for (int i = 0; i < 50; i++) {
            long maker = vendors.create(users.admin().actor(), VendorKind.MANUFACTURER, "Maker " + unique())
                    .id();
            long seller = vendors.create(users.admin().actor(), VendorKind.SUPPLIER, "Seller " + unique())
                    .id();
            long id = assetRegistration
                    .create(
                            agent.actor(),
                            CreateAsset.builder()
                                    .name("Batch " + i)
                                    .typeId(laptop)
                                    .locationId(room.id())
                                    .manufacturerId(maker)
                                    .supplierId(seller)
                                    .ownerId(owner.id())
                                    .userIds(List.of(holder.id(), agent.id()))
                                    .tags(List.of("a" + (i % 3), "batch"))
                                    .build())
                    .id();
            assetNotes.addNote(agent.actor(), id, "Note on " + i);
            Attachment file = attachments.upload(
                    agent.actor(),
                    "spec-" + i + ".txt",
                    "text/plain",
                    new ByteArrayInputStream(("spec " + i).getBytes(StandardCharsets.UTF_8)));
            attachments.attach(agent.actor(), AttachFile.toAsset(file.id(), id));
            links.link(agent.actor(), id, ticket(owner, "Ticket on " + i).id());
        }
        HttpGraphQlTester tester = as(agent);
        // Warms up what is read once per process (the credential cache and the like).
        statementsFor(tester, owner, 5);

        long forFive = statementsFor(tester, owner, 5);
        long forFifty = statementsFor(tester, owner, 50);

        log.info("SQL statements for a page of 5 assets: {}, for 50: {}", forFive, forFifty);
        assertThat(forFive).isPositive();
        assertThat(forFifty).as("statements for 50 assets vs %d for 5", forFive).isEqualTo(forFive);
    }

    private long statementsFor(HttpGraphQlTester tester, TestUser owner, int first) {
        long before = statements.count();
        tester.document(PAGE)
                .variable("owner", id(owner.id()))
                .variable("first", first)
                .execute()
                .path("assets.totalCount")
                .entity(Integer.class)
                .isEqualTo(50)
                .path("assets.edges")
                .entityList(Object.class)
                .hasSize(first)
                .path("assets.edges[0].node.type.parent.name")
                .entity(String.class)
                .isEqualTo("Computer")
                .path("assets.edges[0].node.location.name")
                .entity(String.class)
                .isEqualTo("Room")
                .path("assets.edges[0].node.assignedUsers")
                .entityList(Object.class)
                .hasSize(2)
                .path("assets.edges[0].node.notes")
                .entityList(Object.class)
                .hasSize(1)
                .path("assets.edges[0].node.attachments")
                .entityList(Object.class)
                .hasSize(1)
                .path("assets.edges[0].node.attachments[0].uploadedBy.name")
                .entity(String.class)
                .isNotEqualTo("")
                .path("assets.edges[0].node.tags")
                .entityList(String.class)
                .contains("batch")
                .path("assets.edges[0].node.manufacturer.name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).startsWith("Maker "))
                .path("assets.edges[0].node.supplier.name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).startsWith("Seller "))
                .path("assets.edges[0].node.tickets[0].title")
                .entity(String.class)
                .satisfies(t -> assertThat(t).startsWith("Ticket on "));
        return statements.count() - before;
    }

    @Test
    void fiftyTicketsWithTheirAssetsCostNoMoreStatementsThanFive() {
        TestUser agent = users.agent();
        TestUser requester = users.customer();
        for (int i = 0; i < 50; i++) {
            long maker = vendors.create(users.admin().actor(), VendorKind.MANUFACTURER, "Make " + unique())
                    .id();
            long asset = assetRegistration
                    .create(
                            agent.actor(),
                            CreateAsset.builder()
                                    .name("Linked " + i)
                                    .manufacturerId(maker)
                                    .ownerId(requester.id())
                                    .build())
                    .id();
            links.link(
                    agent.actor(),
                    asset,
                    ticket(requester, "Linked ticket " + i).id());
        }
        for (TestUser viewer : List.of(agent, requester)) {
            HttpGraphQlTester tester = as(viewer);
            ticketStatementsFor(tester, requester, 5);

            long forFive = ticketStatementsFor(tester, requester, 5);
            long forFifty = ticketStatementsFor(tester, requester, 50);

            log.info("SQL statements for a page of 5 tickets with assets: {}, for 50: {}", forFive, forFifty);
            assertThat(forFifty)
                    .as("statements for 50 tickets vs %d for 5", forFive)
                    .isEqualTo(forFive);
        }
    }

    private long ticketStatementsFor(HttpGraphQlTester tester, TestUser requester, int first) {
        long before = statements.count();
        tester.document(TICKETS)
                .variable("requester", id(requester.id()))
                .variable("first", first)
                .execute()
                .path("tickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(50)
                .path("tickets.edges")
                .entityList(Object.class)
                .hasSize(first)
                .path("tickets.edges[0].node.assets")
                .entityList(Object.class)
                .hasSize(1)
                .path("tickets.edges[0].node.assets[0].manufacturer.name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).startsWith("Make "));
        return statements.count() - before;
    }
}
