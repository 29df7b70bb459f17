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

/** Asset types as a managed tree through GraphQL: update, archive and unarchive, per role. */
@PolydeskIntegrationTest
class AssetTypesGraphQlTest extends GraphQlTestSupport {

    private static final String CREATE = """
            mutation ($input: CreateAssetTypeInput!) { createAssetType(input: $input) { assetType { id } } }""";
    private static final String UPDATE = """
            mutation ($input: UpdateAssetTypeInput!) {
              updateAssetType(input: $input) { assetType { id name icon archived parent { id } } }
            }""";
    private static final String ARCHIVE = """
            mutation ($input: ArchiveAssetTypeInput!) { archiveAssetType(input: $input) { assetType { archived } } }""";
    private static final String UNARCHIVE = """
            mutation ($input: UnarchiveAssetTypeInput!) {
              unarchiveAssetType(input: $input) { assetType { archived } }
            }""";
    private static final String TYPES = """
            query ($all: Boolean) { assetTypes(includeArchived: $all) { id archived } }""";
    private static final String CREATE_ASSET = """
            mutation ($input: CreateAssetInput!) { createAsset(input: $input) { asset { id } } }""";
    private static final String UPDATE_ASSET = """
            mutation ($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { type { id archived } } } }""";
    private static final String ASSETS_OF_TYPE = """
            query ($type: ID!) { assets(filter: {typeId: $type}) { edges { node { id } } } }""";

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
                .path("createAssetType.assetType.id")
                .entity(String.class)
                .get();
    }

    private ResponseError refused(String document, Map<String, Object> input) {
        return singleError(as(admin).document(document).variable("input", input).execute(), "BAD_REQUEST");
    }

    private Asset asset(String typeId) {
        return assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name("Asset " + word)
                        .typeId(Long.parseLong(typeId))
                        .build());
    }

    @Test
    void administratorRenamesMovesAndChangesTheIconOfAType() {
        String parent = create("Devices " + word, null);
        String type = create("Tablet " + word, null);

        as(admin)
                .document(UPDATE)
                .variable(
                        "input",
                        Map.of("id", type, "name", " Slate " + word + " ", "icon", "fa-tablet", "parentId", parent))
                .execute()
                .path("updateAssetType.assetType.name")
                .entity(String.class)
                .isEqualTo("Slate " + word)
                .path("updateAssetType.assetType.icon")
                .entity(String.class)
                .isEqualTo("fa-tablet")
                .path("updateAssetType.assetType.parent.id")
                .entity(String.class)
                .isEqualTo(parent)
                .path("updateAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(false);

        Map<String, Object> toTop = new HashMap<>();
        toTop.put("id", type);
        toTop.put("parentId", null);
        toTop.put("icon", null);
        as(admin)
                .document(UPDATE)
                .variable("input", toTop)
                .execute()
                .path("updateAssetType.assetType.name")
                .entity(String.class)
                .isEqualTo("Slate " + word)
                .path("updateAssetType.assetType.parent")
                .valueIsNull()
                .path("updateAssetType.assetType.icon")
                .valueIsNull();
        // Renaming to its own name in another case is no clash with itself.
        as(admin)
                .document(UPDATE)
                .variable("input", Map.of("id", type, "name", "SLATE " + word))
                .execute()
                .path("updateAssetType.assetType.name")
                .entity(String.class)
                .isEqualTo("SLATE " + word);
    }

    @Test
    void aTypeNeverMovesBelowItselfAndNamesStayUniqueIgnoringCase() {
        String top = create("Computer " + word, null);
        String middle = create("Desktop " + word, top);
        String bottom = create("Workstation " + word, middle);

        for (String target : List.of(top, middle, bottom)) {
            assertThat(detailFields(refused(UPDATE, Map.of("id", top, "parentId", target))))
                    .containsExactly("input.parentId");
        }
        assertThat(detailFields(refused(UPDATE, Map.of("id", bottom, "name", "desktop " + word.toUpperCase()))))
                .containsExactly("input.name");
        assertThat(detailFields(refused(UPDATE, Map.of("id", bottom, "name", " ", "icon", "x".repeat(65)))))
                .containsExactlyInAnyOrder("input.name", "input.icon");
        assertThat(detailFields(refused(UPDATE, Map.of("id", bottom, "parentId", "999999999"))))
                .containsExactly("input.parentId");
        assertThat(detailFields(refused(UPDATE, Map.of("id", "laptop", "name", "x"))))
                .containsExactly("input.id");
        for (String document : List.of(UPDATE, ARCHIVE, UNARCHIVE)) {
            singleError(
                    as(admin)
                            .document(document)
                            .variable("input", Map.of("id", "999999999"))
                            .execute(),
                    "NOT_FOUND");
        }
        // Nothing was written by the refused updates.
        as(admin)
                .document(UPDATE)
                .variable("input", Map.of("id", top))
                .execute()
                .path("updateAssetType.assetType.name")
                .entity(String.class)
                .isEqualTo("Computer " + word)
                .path("updateAssetType.assetType.parent")
                .valueIsNull();
    }

    @Test
    void anArchivedTypeIsHiddenRefusedForNewAssetsButKeptOnItsAssetsAndFilterable() {
        String type = create("Pager " + word, null);
        String other = create("Phone " + word, null);
        Asset pager = asset(type);
        Asset phone = asset(other);

        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", type))
                .execute()
                .path("archiveAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", type))
                .execute()
                .path("archiveAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(true);

        as(customer)
                .document(TYPES)
                .execute()
                .path("assetTypes[*].id")
                .entityList(String.class)
                .doesNotContain(type)
                .contains(other);
        as(agent)
                .document(TYPES)
                .variable("all", true)
                .execute()
                .path("assetTypes[?(@.id == '" + type + "')].archived")
                .entityList(Boolean.class)
                .containsExactly(true);
        singleError(as(customer).document(TYPES).variable("all", true).execute(), "FORBIDDEN");

        ResponseError refused = singleError(
                as(agent)
                        .document(CREATE_ASSET)
                        .variable("input", Map.of("name", "New pager " + word, "typeId", type))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(refused)).containsExactly("input.typeId");
        ResponseError changed = singleError(
                as(agent)
                        .document(UPDATE_ASSET)
                        .variable("input", Map.of("id", id(phone.id()), "lockVersion", 0, "typeId", type))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(changed)).containsExactly("input.typeId");
        as(agent)
                .document(UPDATE_ASSET)
                .variable("input", Map.of("id", id(pager.id()), "lockVersion", 0, "typeId", type, "model", "Beeper"))
                .execute()
                .path("updateAsset.asset.type.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(agent)
                .document(ASSETS_OF_TYPE)
                .variable("type", type)
                .execute()
                .path("assets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(pager.id()));
        assertThat(detailFields(refused(CREATE, Map.of("name", "Pocket pager " + word, "parentId", type))))
                .containsExactly("input.parentId");

        as(admin)
                .document(UNARCHIVE)
                .variable("input", Map.of("id", type))
                .execute()
                .path("unarchiveAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(false);
        as(customer)
                .document(TYPES)
                .execute()
                .path("assetTypes[*].id")
                .entityList(String.class)
                .contains(type);
        as(agent)
                .document(CREATE_ASSET)
                .variable("input", Map.of("name", "New pager " + word, "typeId", type))
                .execute()
                .path("createAsset.asset.id")
                .hasValue();
    }

    @Test
    void aTypeWithLiveSubTypesStaysLiveAndASubTypeStaysArchivedBelowAnArchivedOne() {
        String parent = create("Network " + word, null);
        String child = create("Switch " + word, parent);

        ResponseError busy = refused(ARCHIVE, Map.of("id", parent));
        assertThat(busy.getMessage()).contains("live sub-types");
        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", child))
                .execute()
                .path("archiveAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(admin)
                .document(ARCHIVE)
                .variable("input", Map.of("id", parent))
                .execute()
                .path("archiveAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(true);

        assertThat(refused(UNARCHIVE, Map.of("id", child)).getMessage()).contains("unarchive that first");
        String live = create("Router " + word, null);
        assertThat(detailFields(refused(UPDATE, Map.of("id", live, "parentId", parent))))
                .containsExactly("input.parentId");
        as(admin)
                .document(UNARCHIVE)
                .variable("input", Map.of("id", parent))
                .execute()
                .path("unarchiveAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(false);
        as(admin)
                .document(UNARCHIVE)
                .variable("input", Map.of("id", child))
                .execute()
                .path("unarchiveAssetType.assetType.archived")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void onlyAdministratorsManageTypesAndNobodyAnonymously() {
        String type = create("Scanner " + word, null);
        for (TestUser user : List.of(agent, customer)) {
            singleError(
                    as(user).document(UPDATE)
                            .variable("input", Map.of("id", type, "name", "x " + word))
                            .execute(),
                    "FORBIDDEN");
            singleError(
                    as(user).document(ARCHIVE)
                            .variable("input", Map.of("id", type))
                            .execute(),
                    "FORBIDDEN");
            singleError(
                    as(user).document(UNARCHIVE)
                            .variable("input", Map.of("id", type))
                            .execute(),
                    "FORBIDDEN");
        }
        for (String document : List.of(UPDATE, ARCHIVE, UNARCHIVE)) {
            singleError(
                    anonymous()
                            .document(document)
                            .variable("input", Map.of("id", type))
                            .execute(),
                    "UNAUTHORIZED");
        }
        singleError(anonymous().document(TYPES).execute(), "UNAUTHORIZED");
        as(admin)
                .document(TYPES)
                .execute()
                .path("assetTypes[?(@.id == '" + type + "')].archived")
                .entityList(Boolean.class)
                .containsExactly(false);
    }
}
