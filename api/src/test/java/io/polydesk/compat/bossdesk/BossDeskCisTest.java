package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetTicketService;
import io.polydesk.domain.asset.AssetVendorService;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.savedsearch.SaveSearch;
import io.polydesk.domain.savedsearch.SavedSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.savedsearch.SavedSearchService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** CIs are Polydesk assets: the document's create and update examples (made valid JSON), notes and searches. */
@PolydeskIntegrationTest
class BossDeskCisTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private JsonNode createCi(BossDeskClient client, String name, long manufacturer, long userId) {
        return client.post("/cis", """
                        {
                            "ci": {
                                "name": "%s",
                                "description": "Marcella",
                                "manufacturer_id": %d,
                                "model": "Power-X",
                                "serial_number": "74-235-5486",
                                "control_number": "86-424-0948",
                                "user_ids": [%d]
                            }
                        }
                        """.formatted(name, manufacturer, userId))
                .expect(201)
                .json();
    }

    @Test
    void ciIsCreatedReadUpdatedFoundByBarcodeAndDeleted() {
        TestUsers users = new TestUsers(context);
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        long manufacturer = context.getBean(AssetVendorService.class)
                .create(users.admin().actor(), VendorKind.MANUFACTURER, "Treutel-Sanford " + suffix)
                .id();
        BossDeskClient client = BossDeskClient.as(port, agent);

        JsonNode ci = createCi(client, "TS-" + suffix, manufacturer, owner.id());
        long friendly = ci.get("friendly_id").asLong();
        assertThat(ci.get("name").asString()).isEqualTo("TS-" + suffix);
        assertThat(ci.get("model").asString()).isEqualTo("Power-X");
        assertThat(ci.get("serial_number").asString()).isEqualTo("74-235-5486");
        assertThat(ci.get("manufacturer").get("name").asString()).isEqualTo("Treutel-Sanford " + suffix);
        assertThat(ci.get("users").get(0).get("id").asLong()).isEqualTo(owner.id());
        assertThat(ci.get("status").get("name").isString()).isTrue();
        assertThat(ci.get("archived_at").isNull()).isTrue();

        client.patch(
                        "/cis/" + friendly,
                        "{\"ci\": {\"name\": \"CI392-" + suffix
                                + "\", \"description\": \"Boss's laptop\", \"model\": \"Alpha 1\"}}")
                .expect(204);
        JsonNode after = client.get("/cis/" + friendly).expect(200).json();
        assertThat(after.get("description").asString()).isEqualTo("Boss's laptop");
        assertThat(after.get("model").asString()).isEqualTo("Alpha 1");
        assertThat(client.get("/cis/by_barcode/ci392-" + suffix)
                        .expect(200)
                        .json()
                        .get("id")
                        .asLong())
                .isEqualTo(friendly);
        client.get("/cis/by_barcode/nothing-" + suffix).expect(404);

        JsonNode list = client.get("/cis?q[name_or_description_cont]=" + suffix)
                .expect(200)
                .json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("friendly_id").asLong()).isEqualTo(friendly);
        assertThat(list.get(0).get("archived").asBoolean()).isFalse();

        long other = createCi(client, "OR-" + suffix, manufacturer, owner.id())
                .get("id")
                .asLong();
        JsonNode either = client.get("/cis?q[m]=or&q[name_or_description_cont]=CI392-" + suffix
                        + "&q[name_or_description_cont]=zzz&q[users_id_eq]=" + owner.id() + "&q[type_id_gt]=1")
                .json();
        assertThat(either).extracting(n -> n.get("id").asLong()).contains(friendly, other);
        JsonNode both = client.get("/cis?q[name_or_description_cont]=OR-" + suffix + "&q[users_id_eq]=" + owner.id())
                .json();
        assertThat(both).extracting(n -> n.get("id").asLong()).containsExactly(other);

        assertThat(client.post("/cis", "{\"ci\": {\"description\": \"x\"}}")
                        .expect(422)
                        .errors("name")
                        .get(0)
                        .asString())
                .isEqualTo("can't be blank");
        client.patch("/cis/" + friendly, "{\"ci\": {\"name\": \"\"}}").expect(422);
        client.post("/cis", "{\"name\": \"x\"}").expect(400);

        client.delete("/cis/" + friendly).expect(204);
        assertThat(client.get("/cis?q[name_or_description_cont]=CI392-" + suffix)
                        .json())
                .isEmpty();
        assertThat(context.getBean(AssetQueries.class)
                        .get(agent.actor(), friendly)
                        .archived())
                .isTrue();
        client.get("/cis/99999999").expect(404);
        BossDeskClient.as(port, owner).get("/cis").expect(403);
    }

    @Test
    void notesAnswerTheirBodyOnCreateUpdateAndDelete() {
        TestUsers users = new TestUsers(context);
        TestUser agent = users.agent();
        long manufacturer = context.getBean(AssetVendorService.class)
                .create(users.admin().actor(), VendorKind.MANUFACTURER, "Gerlach " + suffix)
                .id();
        BossDeskClient client = BossDeskClient.as(port, agent);
        long ci = createCi(client, "N-" + suffix, manufacturer, agent.id())
                .get("friendly_id")
                .asLong();

        JsonNode note = client.post("/cis/" + ci + "/notes", "{\"note\": {\"text\": \"Note this!\"}}")
                .expect(201)
                .json();
        long id = note.get("id").asLong();
        assertThat(note.get("text").asString()).isEqualTo("Note this!");
        assertThat(note.get("created_by").get("username").asString())
                .isEqualTo(agent.user().username());

        JsonNode updated = client.patch("/cis/" + ci + "/notes/" + id, "{\"note\": {\"text\": \"Updated note\"}}")
                .expect(200)
                .json();
        assertThat(updated.get("text").asString()).isEqualTo("Updated note");
        assertThat(client.patch("/cis/" + ci + "/notes/" + id, "{\"note\": {\"text\": \"\"}}")
                        .expect(422)
                        .errors("text")
                        .get(0)
                        .asString())
                .isEqualTo("can't be blank");

        JsonNode deleted =
                client.delete("/cis/" + ci + "/notes/" + id).expect(200).json();
        assertThat(deleted.get("id").asLong()).isEqualTo(id);
        assertThat(deleted.get("text").asString()).isEqualTo("Updated note");
        client.delete("/cis/" + ci + "/notes/" + id).expect(404);
    }

    @Test
    void savedSearchesAreListedAndRunAsPagedLists() {
        TestUsers users = new TestUsers(context);
        TestUser agent = users.agent();
        SavedSearchService service = context.getBean(SavedSearchService.class);
        SavedSearch cis = service.create(
                agent.actor(),
                new SaveSearch(
                        "All printers " + suffix,
                        SavedSearchKind.ASSET,
                        false,
                        null,
                        AssetFilter.builder().text("P-" + suffix).build()));
        long manufacturer = context.getBean(AssetVendorService.class)
                .create(users.admin().actor(), VendorKind.MANUFACTURER, "Printers " + suffix)
                .id();
        BossDeskClient client = BossDeskClient.as(port, agent);
        createCi(client, "P-" + suffix, manufacturer, agent.id());

        JsonNode list = client.get("/searches").expect(200).json();
        assertThat(list).anySatisfy(s -> {
            assertThat(s.get("id").asLong()).isEqualTo(cis.id());
            assertThat(s.get("owner_class").asString()).isEqualTo("ci");
            assertThat(s.get("my_search").asBoolean()).isTrue();
        });
        JsonNode found = client.get("/searches/" + cis.id()).expect(200).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asString()).isEqualTo("P-" + suffix);
        client.get("/searches/99999999").expect(404);
    }

    @Test
    void linkedCisAppearInTheTicketDetail() {
        TestUsers users = new TestUsers(context);
        TestUser agent = users.agent();
        long manufacturer = context.getBean(AssetVendorService.class)
                .create(users.admin().actor(), VendorKind.MANUFACTURER, "Linked " + suffix)
                .id();
        BossDeskClient client = BossDeskClient.as(port, agent);
        long ci = createCi(client, "COMPUTER-" + suffix, manufacturer, agent.id())
                .get("id")
                .asLong();
        JsonNode ticket = client.post("/tickets", "{\"ticket\": {\"title\": \"Broken computer\"}}")
                .expect(201)
                .json();
        context.getBean(AssetTicketService.class)
                .link(agent.actor(), ci, ticket.get("id").asLong());

        JsonNode cis = client.get("/tickets/" + ticket.get("friendly_id").asLong())
                .json()
                .get("cis");

        assertThat(cis).hasSize(1);
        assertThat(cis.get(0).get("friendly_id").asLong()).isEqualTo(ci);
        assertThat(cis.get(0).get("name").asString()).isEqualTo("COMPUTER-" + suffix);
        assertThat(cis.get(0).get("status").get("name").isString()).isTrue();
    }
}
