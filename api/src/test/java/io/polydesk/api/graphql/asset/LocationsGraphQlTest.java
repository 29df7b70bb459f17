package io.polydesk.api.graphql.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.CreateAsset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/** Locations as a managed tree through GraphQL: update, archive and unarchive, per role. */
@PolydeskIntegrationTest
class LocationsGraphQlTest extends GraphQlTestSupport {

    private static final String CREATE = """
            mutation ($input: CreateLocationInput!) { createLocation(input: $input) { location { id } } }""";
    private static final String UPDATE = """
            mutation ($input: UpdateLocationInput!) {
              updateLocation(input: $input) { location { id name archived parent { id } } }
            }""";
    private static final String ARCHIVE = """
            mutation ($input: ArchiveLocationInput!) { archiveLocation(input: $input) { location { archived } } }""";
    private static final String UNARCHIVE = """
            mutation ($input: UnarchiveLocationInput!) { unarchiveLocation(input: $input) { location { archived } } }""";
    private static final String LOCATIONS = """
            query ($all: Boolean) { locations(includeArchived: $all) { id archived } }""";
    private static final String CREATE_ASSET = """
            mutation ($input: CreateAssetInput!) { createAsset(input: $input) { asset { id } } }""";
    private static final String UPDATE_ASSET = """
            mutation ($input: UpdateAssetInput!) {
              updateAsset(input: $input) { asset { location { id archived } } }
            }""";
    private static final String ASSETS_AT = """
            query ($location: ID!) { assets(filter: {locationId: $location}) { edges { node { id } } } }""";

    @Autowired
    AssetRegistration assetRegistration;

    private TestUser admin;
    private TestUser agent;
    private TestUser customer;
    private String word;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
        word = unique();
    }

    private String create(String name, String parentId) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("parentId", parentId);
        return as(admin)
                .document(CREATE)
                .variable("input", input)
                .execute()
                .path("createLocation.location.id")
                .entity(String.class)
                .get();
    }

    private ResponseError refused(String document, Map<String, Object> input) {
        return singleError(as(admin).document(document).variable("input", input).execute(), "BAD_REQUEST");
    }

    private Asset assetAt(String locationId) {
        return assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name("Asset " + word)
                        .locationId(Long.parseLong(locationId))
                        .build());
    }

    @Test
    void administratorRenamesAndMovesALocation() {
        String building = create("Building " + word, null);
        String room = create("Room " + word, null);

        as(admin)
                .document(UPDATE)
                .variable("input", Map.of("id", room, "name", " Room 101 ", "parentId", building))
                .execute()
                .path("updateLocation.location.name")
                .entity(String.class)
                .isEqualTo("Room 101")
                .path("updateLocation.location.parent.id")
                .entity(String.class)
                .isEqualTo(building)
                .path("updateLocation.location.archived")
                .entity(Boolean.class)
                .isEqualTo(false);
        Map<String, Object> toTop = new HashMap<>();
        toTop.put("id", room);
        toTop.put("parentId", null);
        toTop.put("name", "Room 101 " + word);
        as(admin)
                .document(UPDATE)
                .variable("input", toTop)
                .execute()
                .path("updateLocation.location.parent")
                .valueIsNull()
                .path("updateLocation.location.name")
                .entity(String.class)
                .isEqualTo("Room 101 " + word);
    }

    @Test
    void aLocationNeverMovesInsideItselfAndSiblingNamesStayUniqueIgnoringCase() {
        String campus = create("Campus " + word, null);
        String building = create("Building A", campus);
        String floor = create("Floor 1", building);
        String otherBuilding = create("Building B", campus);
        String otherFloor = create("floor 1", otherBuilding);

        for (String target : List.of(campus, building, floor)) {
            assertThat(detailFields(refused(UPDATE, Map.of("id", campus, "parentId", target))))
                    .containsExactly("input.parentId");
        }
        assertThat(detailFields(refused(UPDATE, Map.of("id", otherBuilding, "name", "BUILDING a"))))
                .containsExactly("input.name");
        // Moving next to a sibling of the same name clashes too.
        assertThat(detailFields(refused(UPDATE, Map.of("id", otherFloor, "parentId", building))))
                .containsExactly("input.name");
        assertThat(detailFields(refused(UPDATE, Map.of("id", floor, "name", "x".repeat(151)))))
                .containsExactly("input.name");
        assertThat(detailFields(refused(UPDATE, Map.of("id", floor, "parentId", "999999999"))))
                .containsExactly("input.parentId");
        assertThat(detailFields(refused(UPDATE, Map.of("id", floor, "parentId", "up"))))
                .containsExactly("input.parentId");
        for (String document : List.of(UPDATE, ARCHIVE, UNARCHIVE)) {
            singleError(
                    as(admin)
                            .document(document)
                            .variable("input", Map.of("id", "999999999"))
                            .execute(),
                    "NOT_FOUND");
        }
        as(admin)
                .document(UPDATE)
                .variable("input", Map.of("id", otherFloor, "name", "Floor 1"))
                .execute()
                .path("updateLocation.location.name")
                .entity(String.class)
                .isEqualTo("Floor 1")
                .path("updateLocation.location.parent.id")
                .entity(String.class)
                .isEqualTo(otherBuilding);
    }

    @Test
    void anArchivedLocationIsHiddenRefusedForNewAssetsButKeptOnItsAssetsAndFilterable() {
        String store = create("Store " + word, null);
        String office = create("Office " + word, null);
        Asset stored = assetAt(store);
        Asset elsewhere = assetAt(office);

        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", store))
                .execute()
                .path("archiveLocation.location.archived")
                .entity(Boolean.class)
                .isEqualTo(true);

        as(customer)
                .document(LOCATIONS)
                .execute()
                .path("locations[*].id")
                .entityList(String.class)
                .doesNotContain(store)
                .contains(office);
        as(admin)
                .document(LOCATIONS)
                .variable("all", true)
                .execute()
                .path("locations[?(@.id == '" + store + "')].archived")
                .entityList(Boolean.class)
                .containsExactly(true);
        singleError(as(customer).document(LOCATIONS).variable("all", true).execute(), "FORBIDDEN");

        ResponseError refused = singleError(
                as(agent)
                        .document(CREATE_ASSET)
                        .variable("input", Map.of("name", "New " + word, "locationId", store))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(refused)).containsExactly("input.locationId");
        ResponseError moved = singleError(
                as(agent)
                        .document(UPDATE_ASSET)
                        .variable("input", Map.of("id", id(elsewhere.id()), "lockVersion", 0, "locationId", store))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(moved)).containsExactly("input.locationId");
        as(agent)
                .document(UPDATE_ASSET)
                .variable(
                        "input", Map.of("id", id(stored.id()), "lockVersion", 0, "locationId", store, "model", "Crate"))
                .execute()
                .path("updateAsset.asset.location.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(agent)
                .document(ASSETS_AT)
                .variable("location", store)
                .execute()
                .path("assets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(stored.id()));
        assertThat(detailFields(refused(CREATE, Map.of("name", "Shelf " + word, "parentId", store))))
                .containsExactly("input.parentId");

        as(admin)
                .document(UNARCHIVE)
                .variable("input", Map.of("id", store))
                .execute()
                .path("unarchiveLocation.location.archived")
                .entity(Boolean.class)
                .isEqualTo(false);
        as(customer)
                .document(LOCATIONS)
                .execute()
                .path("locations[*].id")
                .entityList(String.class)
                .contains(store);
    }

    @Test
    void aLocationWithLiveLocationsInsideStaysLive() {
        String building = create("Annex " + word, null);
        String room = create("Room 7", building);

        assertThat(refused(ARCHIVE, Map.of("id", building)).getMessage()).contains("live locations inside");
        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", room))
                .execute()
                .path("archiveLocation.location.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", building))
                .execute()
                .path("archiveLocation.location.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        assertThat(refused(UNARCHIVE, Map.of("id", room)).getMessage()).contains("unarchive that first");
        as(admin)
                .document(UNARCHIVE)
                .variable("input", Map.of("id", building))
                .execute()
                .path("unarchiveLocation.location.archived")
                .entity(Boolean.class)
                .isEqualTo(false);
        as(admin)
                .document(UNARCHIVE)
                .variable("input", Map.of("id", room))
                .execute()
                .path("unarchiveLocation.location.archived")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void onlyAdministratorsManageLocationsAndNobodyAnonymously() {
        String location = create("Depot " + word, null);
        for (TestUser user : List.of(agent, customer)) {
            singleError(
                    as(user).document(UPDATE)
                            .variable("input", Map.of("id", location, "name", "x"))
                            .execute(),
                    "FORBIDDEN");
            singleError(
                    as(user).document(ARCHIVE)
                            .variable("input", Map.of("id", location))
                            .execute(),
                    "FORBIDDEN");
            singleError(
                    as(user).document(UNARCHIVE)
                            .variable("input", Map.of("id", location))
                            .execute(),
                    "FORBIDDEN");
        }
        for (String document : List.of(UPDATE, ARCHIVE, UNARCHIVE)) {
            singleError(
                    anonymous()
                            .document(document)
                            .variable("input", Map.of("id", location))
                            .execute(),
                    "UNAUTHORIZED");
        }
        singleError(anonymous().document(LOCATIONS).execute(), "UNAUTHORIZED");
        as(agent)
                .document(LOCATIONS)
                .variable("all", true)
                .execute()
                .path("locations[?(@.id == '" + location + "')].archived")
                .entityList(Boolean.class)
                .containsExactly(false);
    }
}
