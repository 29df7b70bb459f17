package io.polydesk.api.graphql.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PolydeskIntegrationTest
class SavedSearchesTest extends GraphQlTestSupport {

    private static final String CREATE = """
            mutation ($input: CreateSavedSearchInput!) {
              createSavedSearch(input: $input) {
                savedSearch { id name kind shared owner { id } filter { text status assignee } }
              }
            }""";

    private static final String UPDATE = """
            mutation ($input: UpdateSavedSearchInput!) {
              updateSavedSearch(input: $input) { savedSearch { id name shared filter { text } } }
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
            query ($id: ID!) { runSavedSearch(id: $id) { totalCount edges { node { id } } } }""";

    private String create(TestUser owner, String name, boolean shared, Map<String, Object> filter) {
        return as(owner).document(CREATE)
                .variable("input", Map.of("name", name, "shared", shared, "filter", filter)).execute()
                .path("createSavedSearch.savedSearch.id").entity(String.class).get();
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        singleError(anonymous().document(LIST).execute(), "UNAUTHORIZED");
    }

    @Test
    void anAgentSavesASearchWithItsFilter() {
        TestUser agent = users.agent();
        as(agent).document(CREATE).variable("input", Map.of("name", " Open mine ",
                        "filter", Map.of("text", "printer", "status", List.of("new"), "assignee", "ME"))).execute()
                .path("createSavedSearch.savedSearch.name").entity(String.class).isEqualTo("Open mine")
                .path("createSavedSearch.savedSearch.kind").entity(String.class).isEqualTo("TICKET")
                .path("createSavedSearch.savedSearch.shared").entity(Boolean.class).isEqualTo(false)
                .path("createSavedSearch.savedSearch.owner.id").entity(String.class).isEqualTo(id(agent.id()))
                .path("createSavedSearch.savedSearch.filter.text").entity(String.class).isEqualTo("printer")
                .path("createSavedSearch.savedSearch.filter.status").entityList(String.class).containsExactly("new")
                .path("createSavedSearch.savedSearch.filter.assignee").entity(String.class).isEqualTo("ME");
    }

    @Test
    void privateSearchesAreTheOwnersSharedOnesEveryones() {
        TestUser owner = users.agent();
        String mine = create(owner, "Private " + unique(), false, Map.of());
        String team = create(owner, "Team " + unique(), true, Map.of());

        as(owner).document(LIST).variable("first", 100).execute()
                .path("savedSearches.edges[*].node.id").entityList(String.class).contains(mine, team);
        as(users.customer()).document(LIST).variable("first", 100).execute()
                .path("savedSearches.edges[*].node.id").entityList(String.class).contains(team).doesNotContain(mine);
        singleError(as(users.agent()).document(RUN).variable("id", mine).execute(), "NOT_FOUND");
    }

    @Test
    void theListIsPagedByNameWithCursors() {
        TestUser owner = users.customer();
        String prefix = "~~" + unique();
        String b = create(owner, prefix + " b", false, Map.of());
        String a = create(owner, prefix + " a", false, Map.of());
        String c = create(owner, prefix + " c", false, Map.of());
        int total = as(owner).document(LIST).variable("first", 0).execute()
                .path("savedSearches.edges").entityList(Object.class).hasSize(0)
                .path("savedSearches.totalCount").entity(Integer.class).get();

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = as(owner).document(LIST).variable("first", 2).variable("after", after).execute();
            seen.addAll(page.path("savedSearches.edges[*].node.id").entityList(String.class).get());
            after = page.path("savedSearches.pageInfo.endCursor").entity(String.class).get();
            more = page.path("savedSearches.pageInfo.hasNextPage").entity(Boolean.class).get();
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates().containsSubsequence(a, b, c);
        assertThat(detailFields(singleError(as(owner).document(LIST).variable("first", 101).execute(),
                "BAD_REQUEST"))).containsExactly("first");
        assertThat(detailFields(singleError(as(owner).document(LIST).variable("after", "garbage").execute(),
                "BAD_REQUEST"))).containsExactly("after");
    }

    @Test
    void runningASharedSearchAppliesTheCallersVisibility() {
        String word = "kw" + unique();
        TestUser customer = users.customer();
        Ticket own = ticket(customer, "Printer " + word);
        ticket(users.customer(), "Printer " + word);
        String search = create(users.agent(), "Word " + word, true, Map.of("text", word));

        as(users.agent()).document(RUN).variable("id", search).execute()
                .path("runSavedSearch.totalCount").entity(Integer.class).isEqualTo(2);
        as(customer).document(RUN).variable("id", search).execute()
                .path("runSavedSearch.totalCount").entity(Integer.class).isEqualTo(1)
                .path("runSavedSearch.edges[0].node.id").entity(String.class).isEqualTo(id(own.id()));
    }

    @Test
    void onlyTheOwnerOrAnAdministratorChangesASavedSearch() {
        TestUser owner = users.agent();
        String shared = create(owner, "Shared " + unique(), true, Map.of());
        TestUser other = users.agent();

        singleError(as(other).document(DELETE).variable("input", Map.of("id", shared)).execute(), "FORBIDDEN");
        singleError(as(other).document(UPDATE).variable("input", Map.of("id", shared, "name", "Hijacked",
                "shared", true)).execute(), "FORBIDDEN");

        as(owner).document(UPDATE).variable("input", Map.of("id", shared, "name", "Renamed", "shared", false,
                        "filter", Map.of("text", "disk"))).execute()
                .path("updateSavedSearch.savedSearch.name").entity(String.class).isEqualTo("Renamed")
                .path("updateSavedSearch.savedSearch.shared").entity(Boolean.class).isEqualTo(false)
                .path("updateSavedSearch.savedSearch.filter.text").entity(String.class).isEqualTo("disk");
        singleError(as(other).document(DELETE).variable("input", Map.of("id", shared)).execute(), "NOT_FOUND");

        String another = create(owner, "Another " + unique(), true, Map.of());
        as(users.admin()).document(DELETE).variable("input", Map.of("id", another)).execute()
                .path("deleteSavedSearch.id").entity(String.class).isEqualTo(another);
        singleError(as(owner).document(RUN).variable("id", another).execute(), "NOT_FOUND");
    }

    @Test
    void invalidSavedSearchesAreRefusedWithFieldDetails() {
        TestUser agent = users.agent();
        assertThat(detailFields(singleError(as(agent).document(CREATE).variable("input", Map.of("name", "  "))
                .execute(), "BAD_REQUEST"))).containsExactly("input.name");
        assertThat(detailFields(singleError(as(agent).document(CREATE)
                .variable("input", Map.of("name", "Laptops", "kind", "ASSET")).execute(), "BAD_REQUEST")))
                .containsExactly("input.kind");
        assertThat(detailFields(singleError(as(agent).document(CREATE)
                .variable("input", Map.of("name", "Odd", "filter", Map.of("status", List.of("no-such-status"))))
                .execute(), "BAD_REQUEST"))).containsExactly("input.filter.status");
    }
}
