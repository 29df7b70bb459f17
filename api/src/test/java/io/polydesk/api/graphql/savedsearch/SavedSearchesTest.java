package io.polydesk.api.graphql.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PolydeskIntegrationTest
class SavedSearchesTest extends GraphQlTestSupport {

    @Autowired
    AssetCatalogQueries assetCatalog;

    private static final String CREATE = """
            mutation ($input: CreateSavedSearchInput!) {
              createSavedSearch(input: $input) {
                savedSearch { id name kind shared owner { id } ticketFilter { text status assignee } assetFilter { typeId tag text } }
              }
            }""";

    private static final String UPDATE = """
            mutation ($input: UpdateSavedSearchInput!) {
              updateSavedSearch(input: $input) { savedSearch { id name shared ticketFilter { text } } }
            }""";

    private static final String DELETE = """
            mutation ($input: DeleteSavedSearchInput!) { deleteSavedSearch(input: $input) { id } }""";

    private static final String LIST = """
            query ($first: Int, $after: String) {
              savedSearches(first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { id name shared } }
              }
            }""";

    private static final String RUN = """
            query ($id: ID!) { runSavedTicketSearch(id: $id) { totalCount edges { node { id } } } }""";

    private static final String RUN_ASSETS = """
            query ($id: ID!, $first: Int, $after: String) {
              runSavedAssetSearch(id: $id, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { id name type { name } } }
              }
            }""";

    private static final String CREATE_ASSET = """
            mutation ($input: CreateAssetInput!) { createAsset(input: $input) { asset { id } } }""";

    private String create(TestUser owner, String name, boolean shared, Map<String, Object> filter) {
        return as(owner)
                .document(CREATE)
                .variable("input", Map.of("name", name, "shared", shared, "ticketFilter", filter))
                .execute()
                .path("createSavedSearch.savedSearch.id")
                .entity(String.class)
                .get();
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        singleError(anonymous().document(LIST).execute(), "UNAUTHORIZED");
    }

    @Test
    void anAgentSavesASearchWithItsFilter() {
        TestUser agent = users.agent();
        as(agent)
                .document(CREATE)
                .variable(
                        "input",
                        Map.of(
                                "name",
                                " Open mine ",
                                "ticketFilter",
                                Map.of("text", "printer", "status", List.of("new"), "assignee", "ME")))
                .execute()
                .path("createSavedSearch.savedSearch.name")
                .entity(String.class)
                .isEqualTo("Open mine")
                .path("createSavedSearch.savedSearch.kind")
                .entity(String.class)
                .isEqualTo("TICKET")
                .path("createSavedSearch.savedSearch.shared")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("createSavedSearch.savedSearch.owner.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()))
                .path("createSavedSearch.savedSearch.ticketFilter.text")
                .entity(String.class)
                .isEqualTo("printer")
                .path("createSavedSearch.savedSearch.ticketFilter.status")
                .entityList(String.class)
                .containsExactly("new")
                .path("createSavedSearch.savedSearch.ticketFilter.assignee")
                .entity(String.class)
                .isEqualTo("ME")
                .path("createSavedSearch.savedSearch.assetFilter")
                .valueIsNull();
    }

    @Test
    void privateSearchesAreTheOwnersSharedOnesEveryones() {
        TestUser owner = users.agent();
        String mine = create(owner, "Private " + unique(), false, Map.of());
        String team = create(owner, "Team " + unique(), true, Map.of());

        as(owner)
                .document(LIST)
                .variable("first", 100)
                .execute()
                .path("savedSearches.edges[*].node.id")
                .entityList(String.class)
                .contains(mine, team);
        as(users.customer())
                .document(LIST)
                .variable("first", 100)
                .execute()
                .path("savedSearches.edges[*].node.id")
                .entityList(String.class)
                .contains(team)
                .doesNotContain(mine);
        singleError(as(users.agent()).document(RUN).variable("id", mine).execute(), "NOT_FOUND");
    }

    @Test
    void theListIsPagedByNameWithCursors() {
        TestUser owner = users.customer();
        String prefix = "~~" + unique();
        String b = create(owner, prefix + " b", false, Map.of());
        String a = create(owner, prefix + " a", false, Map.of());
        String c = create(owner, prefix + " c", false, Map.of());
        int total = as(owner)
                .document(LIST)
                .variable("first", 0)
                .execute()
                .path("savedSearches.edges")
                .entityList(Object.class)
                .hasSize(0)
                .path("savedSearches.totalCount")
                .entity(Integer.class)
                .get();

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = as(owner)
                    .document(LIST)
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            seen.addAll(page.path("savedSearches.edges[*].node.id")
                    .entityList(String.class)
                    .get());
            after = page.path("savedSearches.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
            more = page.path("savedSearches.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates().containsSubsequence(a, b, c);
        assertThat(detailFields(singleError(
                        as(owner).document(LIST).variable("first", 101).execute(), "BAD_REQUEST")))
                .containsExactly("first");
        assertThat(detailFields(singleError(
                        as(owner).document(LIST).variable("after", "garbage").execute(), "BAD_REQUEST")))
                .containsExactly("after");
    }

    @Test
    void runningASharedSearchAppliesTheCallersVisibility() {
        String word = "kw" + unique();
        TestUser customer = users.customer();
        Ticket own = ticket(customer, "Printer " + word);
        ticket(users.customer(), "Printer " + word);
        String search = create(users.agent(), "Word " + word, true, Map.of("text", word));

        as(users.agent())
                .document(RUN)
                .variable("id", search)
                .execute()
                .path("runSavedTicketSearch.totalCount")
                .entity(Integer.class)
                .isEqualTo(2);
        as(customer)
                .document(RUN)
                .variable("id", search)
                .execute()
                .path("runSavedTicketSearch.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("runSavedTicketSearch.edges[0].node.id")
                .entity(String.class)
                .isEqualTo(id(own.id()));
    }

    @Test
    void onlyTheOwnerOrAnAdministratorChangesASavedSearch() {
        TestUser owner = users.agent();
        String shared = create(owner, "Shared " + unique(), true, Map.of());
        TestUser other = users.agent();

        singleError(
                as(other)
                        .document(DELETE)
                        .variable("input", Map.of("id", shared))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(other)
                        .document(UPDATE)
                        .variable("input", Map.of("id", shared, "name", "Hijacked", "shared", true))
                        .execute(),
                "FORBIDDEN");

        as(owner)
                .document(UPDATE)
                .variable(
                        "input",
                        Map.of(
                                "id",
                                shared,
                                "name",
                                "Renamed",
                                "shared",
                                false,
                                "ticketFilter",
                                Map.of("text", "disk")))
                .execute()
                .path("updateSavedSearch.savedSearch.name")
                .entity(String.class)
                .isEqualTo("Renamed")
                .path("updateSavedSearch.savedSearch.shared")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("updateSavedSearch.savedSearch.ticketFilter.text")
                .entity(String.class)
                .isEqualTo("disk");
        singleError(
                as(other)
                        .document(DELETE)
                        .variable("input", Map.of("id", shared))
                        .execute(),
                "NOT_FOUND");

        String another = create(owner, "Another " + unique(), true, Map.of());
        as(users.admin())
                .document(DELETE)
                .variable("input", Map.of("id", another))
                .execute()
                .path("deleteSavedSearch.id")
                .entity(String.class)
                .isEqualTo(another);
        singleError(as(owner).document(RUN).variable("id", another).execute(), "NOT_FOUND");
    }

    @Test
    void invalidSavedSearchesAreRefusedWithFieldDetails() {
        TestUser agent = users.agent();
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(CREATE)
                                .variable("input", Map.of("name", "  "))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.name");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(CREATE)
                                .variable(
                                        "input",
                                        Map.of(
                                                "name",
                                                "Odd",
                                                "ticketFilter",
                                                Map.of("status", List.of("no-such-status"))))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.ticketFilter.status");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(CREATE)
                                .variable(
                                        "input",
                                        Map.of("name", "Mixed", "kind", "ASSET", "ticketFilter", Map.of("text", "x")))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.ticketFilter");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(CREATE)
                                .variable("input", Map.of("name", "Mixed", "assetFilter", Map.of("text", "x")))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.assetFilter");
    }

    private String asset(TestUser staff, String name, long typeId, TestUser owner, String tag) {
        return as(staff)
                .document(CREATE_ASSET)
                .variable(
                        "input",
                        Map.of("name", name, "typeId", id(typeId), "ownerId", id(owner.id()), "tags", List.of(tag)))
                .execute()
                .path("createAsset.asset.id")
                .entity(String.class)
                .get();
    }

    private String saveAssetSearch(TestUser owner, boolean shared, Map<String, Object> filter) {
        return as(owner)
                .document(CREATE)
                .variable(
                        "input",
                        Map.of("name", "Assets " + unique(), "kind", "ASSET", "shared", shared, "assetFilter", filter))
                .execute()
                .path("createSavedSearch.savedSearch.kind")
                .entity(String.class)
                .isEqualTo("ASSET")
                .path("createSavedSearch.savedSearch.ticketFilter")
                .valueIsNull()
                .path("createSavedSearch.savedSearch.id")
                .entity(String.class)
                .get();
    }

    @Test
    void anAssetSearchStoresItsFilterAndRunsOverTheTypeSubtree() {
        TestUser agent = users.agent();
        String tag = "t" + unique();
        long computer = assetCatalog.typeNamed("Computer").orElseThrow().id();
        String laptop = asset(
                agent,
                "Laptop " + tag,
                assetCatalog.typeNamed("Laptop").orElseThrow().id(),
                users.customer(),
                tag);
        String desktop = asset(agent, "Desktop " + tag, computer, users.customer(), tag);
        asset(
                agent,
                "Phone " + tag,
                assetCatalog.typeNamed("Phone").orElseThrow().id(),
                users.customer(),
                tag);

        String search = as(agent)
                .document(CREATE)
                .variable(
                        "input",
                        Map.of(
                                "name",
                                "Computers " + tag,
                                "kind",
                                "ASSET",
                                "assetFilter",
                                Map.of("typeId", id(computer), "tag", " " + tag + " ", "text", "  ")))
                .execute()
                .path("createSavedSearch.savedSearch.assetFilter.typeId")
                .entity(String.class)
                .isEqualTo(id(computer))
                .path("createSavedSearch.savedSearch.assetFilter.tag")
                .entity(String.class)
                .isEqualTo(tag)
                .path("createSavedSearch.savedSearch.assetFilter.text")
                .valueIsNull()
                .path("createSavedSearch.savedSearch.id")
                .entity(String.class)
                .get();

        String after = as(agent)
                .document(RUN_ASSETS)
                .variable("id", search)
                .variable("first", 1)
                .execute()
                .path("runSavedAssetSearch.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("runSavedAssetSearch.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("runSavedAssetSearch.edges[0].node.id")
                .entity(String.class)
                .isEqualTo(desktop)
                .path("runSavedAssetSearch.pageInfo.endCursor")
                .entity(String.class)
                .get();
        as(agent)
                .document(RUN_ASSETS)
                .variable("id", search)
                .variable("after", after)
                .execute()
                .path("runSavedAssetSearch.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(laptop)
                .path("runSavedAssetSearch.edges[0].node.type.name")
                .entity(String.class)
                .isEqualTo("Laptop");
        as(agent)
                .document("query ($after: String) { savedSearches(kind: ASSET, first: 100, after: $after) "
                        + "{ edges { node { id } } } }")
                .execute()
                .path("savedSearches.edges[*].node.id")
                .entityList(String.class)
                .contains(search);
        as(agent)
                .document(LIST)
                .variable("first", 100)
                .execute()
                .path("savedSearches.edges[*].node.id")
                .entityList(String.class)
                .doesNotContain(search);
    }

    @Test
    void runningASharedAssetSearchShowsACustomerOnlyTheirOwnAssets() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        String tag = "t" + unique();
        long laptop = assetCatalog.typeNamed("Laptop").orElseThrow().id();
        String own = asset(agent, "Own " + tag, laptop, customer, tag);
        asset(agent, "Other " + tag, laptop, users.customer(), tag);
        String search = saveAssetSearch(agent, true, Map.of("tag", tag));

        as(agent)
                .document(RUN_ASSETS)
                .variable("id", search)
                .execute()
                .path("runSavedAssetSearch.totalCount")
                .entity(Integer.class)
                .isEqualTo(2);
        as(customer)
                .document(RUN_ASSETS)
                .variable("id", search)
                .execute()
                .path("runSavedAssetSearch.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("runSavedAssetSearch.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(own);
    }

    @Test
    void aCustomerMaySaveAndRunTheirOwnPrivateAssetSearch() {
        TestUser customer = users.customer();
        String tag = "t" + unique();
        String own = asset(
                users.agent(),
                "Own " + tag,
                assetCatalog.typeNamed("Laptop").orElseThrow().id(),
                customer,
                tag);
        String search = saveAssetSearch(customer, false, Map.of("tag", tag));

        as(customer)
                .document(RUN_ASSETS)
                .variable("id", search)
                .execute()
                .path("runSavedAssetSearch.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(own);
        singleError(
                as(users.agent()).document(RUN_ASSETS).variable("id", search).execute(), "NOT_FOUND");
        singleError(anonymous().document(RUN_ASSETS).variable("id", search).execute(), "UNAUTHORIZED");
        singleError(
                as(users.agent())
                        .document(DELETE)
                        .variable("input", Map.of("id", search))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void anotherAgentMayNotChangeASharedAssetSearch() {
        String search = saveAssetSearch(users.agent(), true, Map.of());
        singleError(
                as(users.agent())
                        .document(UPDATE)
                        .variable("input", Map.of("id", search, "name", "Mine now", "kind", "ASSET", "shared", true))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void eachKindRunsOnlyThroughItsOwnField() {
        TestUser agent = users.agent();
        String assets = saveAssetSearch(agent, false, Map.of());
        String tickets = create(agent, "Tickets " + unique(), false, Map.of());

        assertThat(detailFields(singleError(
                        as(agent).document(RUN).variable("id", assets).execute(), "BAD_REQUEST")))
                .containsExactly("id");
        assertThat(detailFields(singleError(
                        as(agent).document(RUN_ASSETS).variable("id", tickets).execute(), "BAD_REQUEST")))
                .containsExactly("id");
        singleError(as(agent).document(RUN_ASSETS).variable("id", "999999999").execute(), "NOT_FOUND");
    }

    @Test
    void unknownAssetCatalogEntriesAndBadIdsAreRefusedWhenSaved() {
        TestUser agent = users.agent();
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(CREATE)
                                .variable(
                                        "input",
                                        Map.of(
                                                "name",
                                                "Odd",
                                                "kind",
                                                "ASSET",
                                                "assetFilter",
                                                Map.of(
                                                        "typeId",
                                                        "999999",
                                                        "statusId",
                                                        "999999",
                                                        "locationId",
                                                        "999999")))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactlyInAnyOrder(
                        "input.assetFilter.typeId", "input.assetFilter.statusId", "input.assetFilter.locationId");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(CREATE)
                                .variable(
                                        "input",
                                        Map.of(
                                                "name",
                                                "Odd",
                                                "kind",
                                                "ASSET",
                                                "assetFilter",
                                                Map.of("ownerId", "not-an-id")))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.assetFilter.ownerId");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(CREATE)
                                .variable(
                                        "input",
                                        Map.of(
                                                "name",
                                                "Odd",
                                                "kind",
                                                "ASSET",
                                                "assetFilter",
                                                Map.of("text", "x".repeat(201))))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.assetFilter.text");
        as(agent)
                .document(LIST)
                .variable("first", 100)
                .execute()
                .path("savedSearches.edges[*].node.name")
                .entityList(String.class)
                .doesNotContain("Odd");
    }
}
