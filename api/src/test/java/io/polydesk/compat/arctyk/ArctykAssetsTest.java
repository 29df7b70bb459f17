package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorService;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.LocationService;
import io.polydesk.domain.asset.VendorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The Arctyk asset endpoints over HTTP, with the document's list shape and filters. */
@PolydeskIntegrationTest
class ArctykAssetsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LocationService locations;

    @Autowired
    AssetVendorService vendors;

    @Autowired
    AssetQueries assetQueries;

    private TestUser admin;
    private TestUser agent;
    private TestUser customer;
    private String word;
    private Location dataCenter;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
        word = "w" + UUID.randomUUID().toString().replace("-", "");
        dataCenter = locations.create(admin.actor(), "Data Center " + word, null);
    }

    private ArctykClient as(TestUser user) {
        return ArctykClient.as(port, user);
    }

    private JsonNode create(TestUser user, String json) {
        return as(user).post("/api/assets/", json).expect(201).json();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    @Test
    void listIsABareArrayOfTheDocumentsSixFields() {
        JsonNode created = create(
                agent,
                "{\"name\":\"Server-001 " + word + "\",\"type\":\"server\","
                        + "\"status\":\"active\",\"location\":\"" + dataCenter.name() + "\",\"owner\":\""
                        + customer.user().email() + "\"}");

        JsonNode list = as(agent).get("/api/assets/?search=" + word).expect(200).json();

        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode row = list.get(0);
        assertThat(row.propertyNames()).containsExactly("id", "name", "type", "status", "location", "owner");
        assertThat(row.get("id").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(row.get("name").asString()).isEqualTo("Server-001 " + word);
        assertThat(row.get("type").asString()).isEqualTo("server");
        assertThat(row.get("status").asString()).isEqualTo("active");
        assertThat(row.get("location").asString()).isEqualTo(dataCenter.name());
        assertThat(row.get("owner").asString()).isEqualTo(customer.user().email());
    }

    @Test
    void filtersByTypeIncludingSubTypesByStatusAndBySearch() {
        long server = create(agent, "{\"name\":\"rack " + word + "\",\"type\":\"Server\"}")
                .get("id")
                .asLong();
        long printer = create(
                        agent,
                        "{\"name\":\"printer " + word + "\",\"type\":\"printer\","
                                + "\"status\":\"in_repair\",\"description\":\"third floor\"}")
                .get("id")
                .asLong();

        assertThat(ids(as(agent)
                        .get("/api/assets/?search=" + word + "&type=server")
                        .expect(200)
                        .json()))
                .containsExactly(server);
        assertThat(ids(as(agent)
                        .get("/api/assets/?search=" + word + "&type=computer")
                        .json()))
                .containsExactly(server);
        assertThat(ids(as(agent)
                        .get("/api/assets/?search=" + word + "&status=in_repair")
                        .json()))
                .containsExactly(printer);
        assertThat(ids(as(agent).get("/api/assets/?search=" + word).json())).containsExactly(server, printer);
        assertThat(ids(as(agent)
                        .get("/api/assets/?search=" + word + "&type=spaceship")
                        .expect(200)
                        .json()))
                .isEmpty();
        assertThat(ids(as(agent)
                        .get("/api/assets?search=" + word + "&status=Active")
                        .json()))
                .containsExactly(server);
    }

    @Test
    void detailPatchAndDeleteWorkWithAndWithoutTheTrailingSlash() {
        long id = create(admin, "{\"name\":\"laptop " + word + "\",\"type\":\"laptop\",\"serial_number\":\"SN-1\"}")
                .get("id")
                .asLong();

        JsonNode detail = as(agent).get("/api/assets/" + id).expect(200).json();
        assertThat(detail.propertyNames())
                .startsWith("id", "name", "type", "status", "location", "owner")
                .contains("serial_number", "created_at");
        assertThat(detail.get("serial_number").asString()).isEqualTo("SN-1");

        JsonNode patched = as(agent)
                .patch(
                        "/api/assets/" + id + "/",
                        "{\"status\":\"retired\",\"type\":null," + "\"location\":\"" + dataCenter.name() + "\"}")
                .expect(200)
                .json();
        assertThat(patched.get("status").asString()).isEqualTo("retired");
        assertThat(patched.get("type").isNull()).isTrue();
        assertThat(patched.get("location").asString()).isEqualTo(dataCenter.name());
        assertThat(patched.get("name").asString()).isEqualTo("laptop " + word);

        as(agent).delete("/api/assets/" + id + "/").expect(204);
        as(agent).get("/api/assets/" + id + "/").expect(404);
        assertThat(ids(as(agent).get("/api/assets/?search=" + word).json())).doesNotContain(id);
    }

    @Test
    void manufacturerIsTheNameOfAManagedManufacturerBothWays() {
        AssetVendor dell = vendors.create(admin.actor(), VendorKind.MANUFACTURER, "Dell " + word);
        long id = create(agent, "{\"name\":\"desk " + word + "\",\"manufacturer\":\"DELL " + word.toUpperCase() + "\"}")
                .get("id")
                .asLong();

        assertThat(as(agent)
                        .get("/api/assets/" + id + "/")
                        .expect(200)
                        .json()
                        .get("manufacturer")
                        .asString())
                .isEqualTo("Dell " + word);
        assertThat(assetQueries.get(agent.actor(), id).manufacturerId()).isEqualTo(dell.id());
        JsonNode unknown = as(agent)
                .patch("/api/assets/" + id + "/", "{\"manufacturer\":\"Nobody " + word + "\"}")
                .expect(400)
                .json();
        assertThat(unknown.propertyNames()).containsExactly("manufacturer");
        assertThat(as(agent)
                        .patch("/api/assets/" + id + "/", "{\"manufacturer\":null}")
                        .expect(200)
                        .json()
                        .get("manufacturer")
                        .isNull())
                .isTrue();
    }

    @Test
    void customersSeeOnlyTheirOwnAssetsAndCannotWrite() {
        long mine = create(
                        agent,
                        "{\"name\":\"mine " + word + "\",\"owner\":\""
                                + customer.user().email() + "\"}")
                .get("id")
                .asLong();
        long theirs =
                create(agent, "{\"name\":\"theirs " + word + "\"}").get("id").asLong();

        assertThat(ids(as(customer)
                        .get("/api/assets/?search=" + word)
                        .expect(200)
                        .json()))
                .containsExactly(mine);
        as(customer).get("/api/assets/" + theirs + "/").expect(404);
        as(customer).get("/api/assets/" + mine + "/").expect(200);
        assertThat(as(customer)
                        .post("/api/assets/", "{\"name\":\"nope\"}")
                        .expect(403)
                        .json()
                        .propertyNames())
                .containsExactly("detail");
        as(customer).patch("/api/assets/" + mine + "/", "{\"name\":\"nope\"}").expect(403);
        as(customer).delete("/api/assets/" + mine + "/").expect(403);
        ArctykClient.anonymous(port).get("/api/assets/").expect(401);
    }

    @Test
    void invalidAssetsAreBadRequestsNamingTheField() {
        JsonNode missing = as(agent)
                .post("/api/assets/", "{\"description\":\"no name\"}")
                .expect(400)
                .json();
        assertThat(missing.get("name").get(0).asString()).isEqualTo("must not be blank");

        JsonNode unknown = as(agent)
                .post(
                        "/api/assets/",
                        "{\"name\":\"x\",\"type\":\"spaceship\"," + "\"owner\":\"nobody-" + word
                                + "@example.com\",\"status\":null}")
                .expect(400)
                .json();
        assertThat(unknown.propertyNames()).containsExactlyInAnyOrder("type", "owner", "status");
        assertThat(unknown.get("type").get(0).asString()).isEqualTo("\"spaceship\" is not a valid choice.");

        JsonNode wrongType =
                as(agent).post("/api/assets/", "{\"name\":[1]}").expect(400).json();
        assertThat(wrongType.get("name").get(0).asString()).isEqualTo("Not a valid string.");
        as(agent).get("/api/assets/?limit=0").expect(400);
        assertThat(as(agent)
                        .get("/api/assets/?search=" + "x".repeat(201))
                        .expect(400)
                        .json()
                        .propertyNames())
                .containsExactly("search");
        as(agent).patch("/api/assets/999999999/", "{\"name\":\"ghost\"}").expect(404);
    }
}
