package io.polydesk.api.graphql.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.CreateAsset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/** Asset statuses, manufacturers and suppliers as managed lookup data through GraphQL, per role. */
@PolydeskIntegrationTest
class AssetCatalogGraphQlTest extends GraphQlTestSupport {

    private static final String CREATE_STATUS = """
            mutation ($input: CreateAssetStatusInput!) {
              createAssetStatus(input: $input) { assetStatus { id key name sortOrder archived } }
            }""";
    private static final String UPDATE_STATUS = """
            mutation ($input: UpdateAssetStatusInput!) {
              updateAssetStatus(input: $input) { assetStatus { id key name sortOrder archived } }
            }""";
    private static final String ARCHIVE_STATUS = """
            mutation ($input: ArchiveAssetStatusInput!) { archiveAssetStatus(input: $input) { assetStatus { archived } } }""";
    private static final String DELETE_STATUS = """
            mutation ($input: DeleteAssetStatusInput!) { deleteAssetStatus(input: $input) { id } }""";
    private static final String STATUSES = """
            query ($all: Boolean) { assetStatuses(includeArchived: $all) { id key archived } }""";
    private static final String CREATE_MANUFACTURER = """
            mutation ($input: CreateManufacturerInput!) {
              createManufacturer(input: $input) { manufacturer { id name archived createdAt updatedAt } }
            }""";
    private static final String UPDATE_MANUFACTURER = """
            mutation ($input: UpdateManufacturerInput!) { updateManufacturer(input: $input) { manufacturer { name } } }""";
    private static final String ARCHIVE_MANUFACTURER = """
            mutation ($input: ArchiveManufacturerInput!) {
              archiveManufacturer(input: $input) { manufacturer { archived } }
            }""";
    private static final String CREATE_SUPPLIER = """
            mutation ($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id name } } }""";
    private static final String UPDATE_SUPPLIER = """
            mutation ($input: UpdateSupplierInput!) { updateSupplier(input: $input) { supplier { name } } }""";
    private static final String ARCHIVE_SUPPLIER = """
            mutation ($input: ArchiveSupplierInput!) { archiveSupplier(input: $input) { supplier { archived } } }""";
    private static final String VENDORS = """
            query ($all: Boolean) {
              manufacturers(includeArchived: $all) { id name archived }
              suppliers(includeArchived: $all) { id name archived }
            }""";
    private static final String CREATE_ASSET = """
            mutation ($input: CreateAssetInput!) {
              createAsset(input: $input) { asset { id status { key } manufacturer { name } supplier { name } } }
            }""";
    private static final String UPDATE_ASSET = """
            mutation ($input: UpdateAssetInput!) {
              updateAsset(input: $input) { asset { status { key archived } manufacturer { name archived } } }
            }""";
    private static final String ASSET = """
            query ($id: ID!) { asset(id: $id) { manufacturer { id name } supplier { id name } } }""";

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
        word = ("w" + unique()).toLowerCase();
    }

    private String createStatus(String key, String name) {
        return as(admin)
                .document(CREATE_STATUS)
                .variable("input", Map.of("key", key, "name", name))
                .execute()
                .path("createAssetStatus.assetStatus.id")
                .entity(String.class)
                .get();
    }

    private String createVendor(String document, String payload, String name) {
        return as(admin)
                .document(document)
                .variable("input", Map.of("name", name))
                .execute()
                .path(payload + ".id")
                .entity(String.class)
                .get();
    }

    @Test
    void administratorManagesAStatusThatNewAssetsCanUseUntilItIsArchived() {
        String key = "lent_" + word;
        String id = as(admin)
                .document(CREATE_STATUS)
                .variable("input", Map.of("key", key, "name", "Lent " + word))
                .execute()
                .path("createAssetStatus.assetStatus.key")
                .entity(String.class)
                .isEqualTo(key)
                .path("createAssetStatus.assetStatus.archived")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("createAssetStatus.assetStatus.id")
                .entity(String.class)
                .get();
        as(admin)
                .document(UPDATE_STATUS)
                .variable("input", Map.of("id", id, "name", "Lent out " + word, "sortOrder", 5))
                .execute()
                .path("updateAssetStatus.assetStatus.name")
                .entity(String.class)
                .isEqualTo("Lent out " + word)
                .path("updateAssetStatus.assetStatus.sortOrder")
                .entity(Integer.class)
                .isEqualTo(5)
                .path("updateAssetStatus.assetStatus.key")
                .entity(String.class)
                .isEqualTo(key);
        String assetId = as(agent)
                .document(CREATE_ASSET)
                .variable("input", Map.of("name", "Loaner " + word, "statusId", id))
                .execute()
                .path("createAsset.asset.status.key")
                .entity(String.class)
                .isEqualTo(key)
                .path("createAsset.asset.id")
                .entity(String.class)
                .get();

        as(admin)
                .document(ARCHIVE_STATUS)
                .variable("input", Map.of("id", id))
                .execute()
                .path("archiveAssetStatus.assetStatus.archived")
                .entity(Boolean.class)
                .isEqualTo(true);

        as(customer)
                .document(STATUSES)
                .execute()
                .path("assetStatuses[*].key")
                .entityList(String.class)
                .doesNotContain(key)
                .contains("active");
        as(agent)
                .document(STATUSES)
                .variable("all", true)
                .execute()
                .path("assetStatuses[*].key")
                .entityList(String.class)
                .contains(key);
        singleError(as(customer).document(STATUSES).variable("all", true).execute(), "FORBIDDEN");
        ResponseError archived = singleError(
                as(agent)
                        .document(CREATE_ASSET)
                        .variable("input", Map.of("name", "Another " + word, "statusId", id))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(archived)).containsExactly("input.statusId");
        as(agent)
                .document(UPDATE_ASSET)
                .variable(
                        "input",
                        Map.of("id", assetId, "lockVersion", 0, "statusId", id, "name", "Loaner renamed " + word))
                .execute()
                .path("updateAsset.asset.status.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void aStatusInUseCannotBeDeletedButAnUnusedOneCan() {
        String used = createStatus("used_" + word, "Used " + word);
        String unused = createStatus("unused_" + word, "Unused " + word);
        assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name("Holder " + word)
                        .statusId(Long.parseLong(used))
                        .build());

        ResponseError inUse = singleError(
                as(admin)
                        .document(DELETE_STATUS)
                        .variable("input", Map.of("id", used))
                        .execute(),
                "BAD_REQUEST");
        assertThat(inUse.getMessage()).contains("archive it instead");
        as(admin)
                .document(DELETE_STATUS)
                .variable("input", Map.of("id", unused))
                .execute()
                .path("deleteAssetStatus.id")
                .entity(String.class)
                .isEqualTo(unused);
        as(admin)
                .document(STATUSES)
                .variable("all", true)
                .execute()
                .path("assetStatuses[*].id")
                .entityList(String.class)
                .contains(used)
                .doesNotContain(unused);
        singleError(
                as(admin)
                        .document(DELETE_STATUS)
                        .variable("input", Map.of("id", unused))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void statusNamesAndKeysAreUniqueIgnoringCaseAndKeysAreCodes() {
        createStatus("spare_" + word, "Spare " + word);

        ResponseError taken = singleError(
                as(admin)
                        .document(CREATE_STATUS)
                        .variable("input", Map.of("key", "spare_" + word, "name", "SPARE " + word.toUpperCase()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(taken)).containsExactlyInAnyOrder("input.key", "input.name");
        ResponseError badKey = singleError(
                as(admin)
                        .document(CREATE_STATUS)
                        .variable("input", Map.of("key", "Not a code", "name", " "))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(badKey)).containsExactlyInAnyOrder("input.key", "input.name");
        ResponseError renamed = singleError(
                as(admin)
                        .document(UPDATE_STATUS)
                        .variable("input", Map.of("id", id(assetStatusId("active")), "name", "spare " + word))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(renamed)).containsExactly("input.name");
        singleError(
                as(admin)
                        .document(UPDATE_STATUS)
                        .variable("input", Map.of("id", "999999999", "name", "x"))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(admin)
                        .document(ARCHIVE_STATUS)
                        .variable("input", Map.of("id", "999999999"))
                        .execute(),
                "NOT_FOUND");
    }

    private long assetStatusId(String key) {
        return Long.parseLong(as(admin)
                .document("{ assetStatuses { id key } }")
                .execute()
                .path("assetStatuses[?(@.key == '" + key + "')].id")
                .entityList(String.class)
                .get()
                .get(0));
    }

    @Test
    void onlyAdministratorsChangeTheCatalogAndNobodyAnonymously() {
        Map<String, Object> status = Map.of("key", "nope_" + word, "name", "Nope " + word);
        for (TestUser user : List.of(agent, customer)) {
            singleError(
                    as(user).document(CREATE_STATUS).variable("input", status).execute(), "FORBIDDEN");
            singleError(
                    as(user).document(DELETE_STATUS)
                            .variable("input", Map.of("id", "1"))
                            .execute(),
                    "FORBIDDEN");
            singleError(
                    as(user).document(CREATE_MANUFACTURER)
                            .variable("input", Map.of("name", "X " + word))
                            .execute(),
                    "FORBIDDEN");
            singleError(
                    as(user).document(ARCHIVE_SUPPLIER)
                            .variable("input", Map.of("id", "1"))
                            .execute(),
                    "FORBIDDEN");
        }
        singleError(
                anonymous().document(CREATE_STATUS).variable("input", status).execute(), "UNAUTHORIZED");
        singleError(anonymous().document("{ manufacturers { id } }").execute(), "UNAUTHORIZED");
        singleError(anonymous().document("{ suppliers { id } }").execute(), "UNAUTHORIZED");
        singleError(anonymous().document(STATUSES).execute(), "UNAUTHORIZED");
    }

    @Test
    void administratorManagesManufacturersAndSuppliersThatStaffListAndAssetsReferTo() {
        String maker = as(admin)
                .document(CREATE_MANUFACTURER)
                .variable("input", Map.of("name", " Dell " + word + " "))
                .execute()
                .path("createManufacturer.manufacturer.name")
                .entity(String.class)
                .isEqualTo("Dell " + word)
                .path("createManufacturer.manufacturer.archived")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("createManufacturer.manufacturer.id")
                .entity(String.class)
                .get();
        as(admin)
                .document(UPDATE_MANUFACTURER)
                .variable("input", Map.of("id", maker, "name", "Dell Inc. " + word))
                .execute()
                .path("updateManufacturer.manufacturer.name")
                .entity(String.class)
                .isEqualTo("Dell Inc. " + word);
        String seller = createVendor(CREATE_SUPPLIER, "createSupplier.supplier", "CDW " + word);
        as(admin)
                .document(UPDATE_SUPPLIER)
                .variable("input", Map.of("id", seller, "name", "CDW Corp " + word))
                .execute()
                .path("updateSupplier.supplier.name")
                .entity(String.class)
                .isEqualTo("CDW Corp " + word);

        as(agent)
                .document(VENDORS)
                .execute()
                .path("manufacturers[*].id")
                .entityList(String.class)
                .contains(maker)
                .path("suppliers[*].id")
                .entityList(String.class)
                .contains(seller);
        String assetId = as(agent)
                .document(CREATE_ASSET)
                .variable(
                        "input",
                        Map.of(
                                "name",
                                "PC " + word,
                                "manufacturerId",
                                maker,
                                "supplierId",
                                seller,
                                "ownerId",
                                id(customer.id())))
                .execute()
                .path("createAsset.asset.manufacturer.name")
                .entity(String.class)
                .isEqualTo("Dell Inc. " + word)
                .path("createAsset.asset.supplier.name")
                .entity(String.class)
                .isEqualTo("CDW Corp " + word)
                .path("createAsset.asset.id")
                .entity(String.class)
                .get();

        // A customer sees them on the assets they may see, and nowhere else.
        as(customer)
                .document(ASSET)
                .variable("id", assetId)
                .execute()
                .path("asset.manufacturer.name")
                .entity(String.class)
                .isEqualTo("Dell Inc. " + word)
                .path("asset.supplier.id")
                .entity(String.class)
                .isEqualTo(seller);
        singleError(as(customer).document("{ manufacturers { id } }").execute(), "FORBIDDEN");
        singleError(as(customer).document("{ suppliers { id } }").execute(), "FORBIDDEN");
        singleError(as(users.customer()).document(ASSET).variable("id", assetId).execute(), "NOT_FOUND");
    }

    @Test
    void anArchivedManufacturerStaysOnItsAssetsButIsNotOfferedForNewOnes() {
        String maker = createVendor(CREATE_MANUFACTURER, "createManufacturer.manufacturer", "Compaq " + word);
        String seller = createVendor(CREATE_SUPPLIER, "createSupplier.supplier", "Egghead " + word);
        String assetId = as(agent)
                .document(CREATE_ASSET)
                .variable("input", Map.of("name", "Old PC " + word, "manufacturerId", maker))
                .execute()
                .path("createAsset.asset.id")
                .entity(String.class)
                .get();

        as(admin)
                .document(ARCHIVE_MANUFACTURER)
                .variable("input", Map.of("id", maker))
                .execute()
                .path("archiveManufacturer.manufacturer.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(admin)
                .document(ARCHIVE_SUPPLIER)
                .variable("input", Map.of("id", seller))
                .execute()
                .path("archiveSupplier.supplier.archived")
                .entity(Boolean.class)
                .isEqualTo(true);

        as(agent)
                .document(VENDORS)
                .execute()
                .path("manufacturers[*].id")
                .entityList(String.class)
                .doesNotContain(maker)
                .path("suppliers[*].id")
                .entityList(String.class)
                .doesNotContain(seller);
        as(agent)
                .document(VENDORS)
                .variable("all", true)
                .execute()
                .path("manufacturers[*].id")
                .entityList(String.class)
                .contains(maker);
        as(agent)
                .document(UPDATE_ASSET)
                .variable("input", Map.of("id", assetId, "lockVersion", 0, "model", "Presario"))
                .execute()
                .path("updateAsset.asset.manufacturer.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        ResponseError refused = singleError(
                as(agent)
                        .document(CREATE_ASSET)
                        .variable(
                                "input",
                                Map.of("name", "New PC " + word, "manufacturerId", maker, "supplierId", seller))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(refused)).containsExactlyInAnyOrder("input.manufacturerId", "input.supplierId");

        Map<String, Object> clear = new HashMap<>();
        clear.put("id", assetId);
        clear.put("lockVersion", 1);
        clear.put("manufacturerId", null);
        as(agent)
                .document(UPDATE_ASSET)
                .variable("input", clear)
                .execute()
                .path("updateAsset.asset.manufacturer")
                .valueIsNull();
    }

    @Test
    void vendorNamesAreUniqueIgnoringCaseWithinTheirKindAndUnknownOnesAreNotFound() {
        createVendor(CREATE_MANUFACTURER, "createManufacturer.manufacturer", "Acer " + word);

        ResponseError taken = singleError(
                as(admin)
                        .document(CREATE_MANUFACTURER)
                        .variable("input", Map.of("name", "ACER " + word.toUpperCase()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(taken)).containsExactly("input.name");
        createVendor(CREATE_SUPPLIER, "createSupplier.supplier", "Acer " + word);
        ResponseError blank = singleError(
                as(admin)
                        .document(CREATE_SUPPLIER)
                        .variable("input", Map.of("name", "  "))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(blank)).containsExactly("input.name");
        ResponseError tooLong = singleError(
                as(admin)
                        .document(CREATE_SUPPLIER)
                        .variable("input", Map.of("name", "x".repeat(256)))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(tooLong)).containsExactly("input.name");

        singleError(
                as(admin)
                        .document(UPDATE_MANUFACTURER)
                        .variable("input", Map.of("id", "999999999", "name", "x"))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(admin)
                        .document(ARCHIVE_SUPPLIER)
                        .variable("input", Map.of("id", "999999999"))
                        .execute(),
                "NOT_FOUND");
        assertThat(detailFields(singleError(
                        as(admin)
                                .document(ARCHIVE_MANUFACTURER)
                                .variable("input", Map.of("id", "dell"))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.id");
    }
}
