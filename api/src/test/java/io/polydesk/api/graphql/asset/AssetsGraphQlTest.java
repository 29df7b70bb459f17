package io.polydesk.api.graphql.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetArchiving;
import io.polydesk.domain.asset.AssetAssignments;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetUpdates;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorService;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.LocationService;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Assets through GraphQL, per role: registering, changing, assigning, listing, notes and the catalog. */
@PolydeskIntegrationTest
class AssetsGraphQlTest extends GraphQlTestSupport {

    private static final String ASSET_FIELDS = """
            id name description lockVersion archived online manufacturer { id name } model serialNumber
            controlNumber supplier { id name } quantity purchaseOrder inventory inventoryUpdatedAt tags
            type { id name icon parent { name } } status { key name } location { id name parent { id } }
            owner { id } assignedUsers { id } customFields { key value }
            notes { id content editCount author { id } }""";

    private static final String CREATE =
            "mutation ($input: CreateAssetInput!) { createAsset(input: $input) { asset { " + ASSET_FIELDS + " } } }";
    private static final String UPDATE =
            "mutation ($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { " + ASSET_FIELDS + " } } }";
    private static final String GET = "query ($id: ID!) { asset(id: $id) { " + ASSET_FIELDS + " } }";
    private static final String LIST = """
            query ($filter: AssetFilter, $orderBy: AssetOrder, $first: Int, $after: String) {
              assets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { id name } }
              }
            }""";
    private static final String ASSIGN = """
            mutation ($input: AssignAssetInput!) { assignAsset(input: $input) { asset { assignedUsers { id } } } }""";
    private static final String UNASSIGN = """
            mutation ($input: UnassignAssetInput!) { unassignAsset(input: $input) { asset { assignedUsers { id } } } }""";
    private static final String ARCHIVE = """
            mutation ($input: ArchiveAssetInput!) { archiveAsset(input: $input) { asset { archived lockVersion } } }""";
    private static final String ADD_NOTE = """
            mutation ($input: AddAssetNoteInput!) { addAssetNote(input: $input) { note { id content editCount asset { id } } } }""";
    private static final String EDIT_NOTE = """
            mutation ($input: EditAssetNoteInput!) { editAssetNote(input: $input) { note { content editCount } } }""";
    private static final String DELETE_NOTE = """
            mutation ($input: DeleteAssetNoteInput!) { deleteAssetNote(input: $input) { id } }""";

    @Autowired
    AssetRegistration assetRegistration;

    @Autowired
    AssetUpdates assetUpdates;

    @Autowired
    AssetArchiving assetArchiving;

    @Autowired
    AssetAssignments assetAssignments;

    @Autowired
    LocationService locationService;

    @Autowired
    AssetCatalogQueries assetCatalog;

    @Autowired
    CustomFieldService customFieldService;

    @Autowired
    AssetVendorService vendorService;

    private TestUser admin;
    private TestUser agent;
    private TestUser customer;
    private String word;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
        word = "w" + unique() + unique();
    }

    private AssetType type(String name) {
        return assetCatalog.typeNamed(name).orElseThrow();
    }

    private AssetStatus status(String key) {
        return assetCatalog.statusNamed(key).orElseThrow();
    }

    private Asset asset(String name, Long typeId, Long ownerId, List<String> tags) {
        return assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name(name + " " + word)
                        .typeId(typeId)
                        .ownerId(ownerId)
                        .tags(tags)
                        .build());
    }

    @Test
    void agentRegistersAnAssetWithEveryField() {
        Location building = locationService.create(admin.actor(), "Building " + word, null);
        Location room = locationService.create(admin.actor(), "Room 1", building.id());
        String fieldKey = "cost_" + word;
        customFieldService.defineAssetField(admin.actor(), fieldKey, "Cost", CustomFieldType.DECIMAL, null, false);
        Map<String, Object> input = new HashMap<>();
        input.put("name", "BOSS-1000 " + word);
        input.put("description", "Boss's computer");
        input.put("typeId", id(type("Laptop").id()));
        input.put("statusId", id(status("in_use").id()));
        input.put("locationId", id(room.id()));
        AssetVendor maker = vendorService.create(admin.actor(), VendorKind.MANUFACTURER, "Gerlach-Metz " + word);
        AssetVendor seller = vendorService.create(admin.actor(), VendorKind.SUPPLIER, "Acme " + word);
        input.put("manufacturerId", id(maker.id()));
        input.put("model", "Power-X");
        input.put("serialNumber", "0938-24s");
        input.put("controlNumber", "OSIJD-3209");
        input.put("supplierId", id(seller.id()));
        input.put("quantity", 1);
        input.put("ownerId", id(customer.id()));
        input.put("purchaseOrder", "PO12345");
        input.put("online", true);
        input.put(
                "inventory",
                Map.of(
                        "os",
                        Map.of("name", "Windows Server 2012 R2", "version", "6.3.9600"),
                        "disks",
                        List.of(512, 1024)));
        input.put("assignedUserIds", List.of(id(customer.id()), id(agent.id())));
        input.put("tags", List.of("Development", "IT"));
        input.put("customFields", List.of(Map.of("key", fieldKey, "value", "12.50")));

        String assetId = as(agent)
                .document(CREATE)
                .variable("input", input)
                .execute()
                .path("createAsset.asset.lockVersion")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("createAsset.asset.id")
                .entity(String.class)
                .get();

        as(agent)
                .document(GET)
                .variable("id", assetId)
                .execute()
                .path("asset.name")
                .entity(String.class)
                .isEqualTo("BOSS-1000 " + word)
                .path("asset.type.name")
                .entity(String.class)
                .isEqualTo("Laptop")
                .path("asset.type.parent.name")
                .entity(String.class)
                .isEqualTo("Computer")
                .path("asset.status.key")
                .entity(String.class)
                .isEqualTo("in_use")
                .path("asset.location.name")
                .entity(String.class)
                .isEqualTo("Room 1")
                .path("asset.location.parent.id")
                .entity(String.class)
                .isEqualTo(id(building.id()))
                .path("asset.owner.id")
                .entity(String.class)
                .isEqualTo(id(customer.id()))
                .path("asset.assignedUsers[*].id")
                .entityList(String.class)
                .contains(id(customer.id()), id(agent.id()))
                .hasSize(2)
                .path("asset.tags")
                .entityList(String.class)
                .containsExactly("Development", "IT")
                .path("asset.inventory.os.version")
                .entity(String.class)
                .isEqualTo("6.3.9600")
                .path("asset.inventory.disks")
                .entityList(Integer.class)
                .containsExactly(512, 1024)
                .path("asset.inventoryUpdatedAt")
                .entity(String.class)
                .satisfies(t -> assertThat(t).isNotBlank())
                .path("asset.customFields[0].key")
                .entity(String.class)
                .isEqualTo(fieldKey)
                .path("asset.customFields[0].value")
                .entity(String.class)
                .isEqualTo("12.5")
                .path("asset.online")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("asset.purchaseOrder")
                .entity(String.class)
                .isEqualTo("PO12345")
                .path("asset.controlNumber")
                .entity(String.class)
                .isEqualTo("OSIJD-3209")
                .path("asset.manufacturer.name")
                .entity(String.class)
                .isEqualTo("Gerlach-Metz " + word)
                .path("asset.supplier.id")
                .entity(String.class)
                .isEqualTo(id(seller.id()));
    }

    @Test
    void anonymousCannotListOrCreateAssets() {
        singleError(anonymous().document(LIST).execute(), "UNAUTHORIZED");
        singleError(
                anonymous()
                        .document(CREATE)
                        .variable("input", Map.of("name", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void customerCannotCreateAssets() {
        singleError(
                as(customer)
                        .document(CREATE)
                        .variable("input", Map.of("name", "Mine " + word))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void customerSeesOnlyAssetsTheyOwnOrAreAssignedToAndNeverArchivedOnes() {
        Asset owned = asset("owned", null, customer.id(), List.of());
        Asset assigned = asset("assigned", null, null, List.of());
        assetAssignments.assign(agent.actor(), assigned.id(), customer.id());
        Asset others = asset("others", null, users.customer().id(), List.of());
        Asset archived = asset("archived", null, customer.id(), List.of());
        assetArchiving.archive(agent.actor(), archived.id(), null);

        as(customer)
                .document(LIST)
                .variable("filter", Map.of("text", word))
                .variable("orderBy", Map.of("field", "NAME", "direction", "ASC"))
                .execute()
                .path("assets.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("assets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(assigned.id()), id(owned.id()));
        singleError(as(customer).document(GET).variable("id", id(others.id())).execute(), "NOT_FOUND");
        singleError(as(customer).document(GET).variable("id", id(archived.id())).execute(), "NOT_FOUND");
        as(customer)
                .document(GET)
                .variable("id", id(assigned.id()))
                .execute()
                .path("asset.name")
                .entity(String.class)
                .isEqualTo(assigned.name());
        as(agent)
                .document(GET)
                .variable("id", id(archived.id()))
                .execute()
                .path("asset.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void unknownReferencesAndBlankNameAreBadRequestsNamingEachField() {
        Map<String, Object> input = new HashMap<>();
        input.put("name", " ");
        input.put("typeId", "999999999");
        input.put("statusId", "999999999");
        input.put("locationId", "999999999");
        input.put("ownerId", "999999999");
        input.put("manufacturerId", "999999999");
        input.put("supplierId", "999999999");
        input.put("assignedUserIds", List.of("999999998", "999999999"));
        ResponseError blank =
                singleError(as(agent).document(CREATE).variable("input", input).execute(), "BAD_REQUEST");
        assertThat(detailFields(blank)).containsExactly("input.name");

        input.put("name", "Ghost " + word);
        input.put("inventory", Map.of("deep", nested(12)));
        ResponseError unknown =
                singleError(as(agent).document(CREATE).variable("input", input).execute(), "BAD_REQUEST");
        assertThat(detailFields(unknown)).containsExactlyInAnyOrder("input.inventory");

        input.remove("inventory");
        unknown =
                singleError(as(agent).document(CREATE).variable("input", input).execute(), "BAD_REQUEST");
        assertThat(detailFields(unknown))
                .containsExactlyInAnyOrder(
                        "input.typeId",
                        "input.statusId",
                        "input.locationId",
                        "input.ownerId",
                        "input.manufacturerId",
                        "input.supplierId",
                        "input.userIds");
    }

    private static Map<String, Object> nested(int depth) {
        Map<String, Object> node = Map.of("leaf", true);
        for (int i = 0; i < depth; i++) {
            node = Map.of("child", node);
        }
        return node;
    }

    @Test
    void staleLockVersionIsAConflictAndOmittedFieldsStayWhileNullClears() {
        AssetVendor hp = vendorService.create(admin.actor(), VendorKind.MANUFACTURER, "HP " + word);
        Asset asset = assetRegistration.create(
                agent.actor(),
                CreateAsset.builder()
                        .name("Printer " + word)
                        .description("Third floor")
                        .typeId(type("Printer").id())
                        .manufacturerId(hp.id())
                        .model("M404")
                        .tags(List.of("print"))
                        .build());

        as(agent)
                .document(UPDATE)
                .variable("input", Map.of("id", id(asset.id()), "lockVersion", 0, "model", "M405"))
                .execute()
                .path("updateAsset.asset.model")
                .entity(String.class)
                .isEqualTo("M405")
                .path("updateAsset.asset.description")
                .entity(String.class)
                .isEqualTo("Third floor")
                .path("updateAsset.asset.manufacturer.name")
                .entity(String.class)
                .isEqualTo("HP " + word)
                .path("updateAsset.asset.tags")
                .entityList(String.class)
                .containsExactly("print")
                .path("updateAsset.asset.lockVersion")
                .entity(Integer.class)
                .isEqualTo(1);

        Map<String, Object> clear = new HashMap<>();
        clear.put("id", id(asset.id()));
        clear.put("lockVersion", 1);
        clear.put("description", null);
        clear.put("typeId", null);
        as(agent)
                .document(UPDATE)
                .variable("input", clear)
                .execute()
                .path("updateAsset.asset.description")
                .valueIsNull()
                .path("updateAsset.asset.type")
                .valueIsNull()
                .path("updateAsset.asset.model")
                .entity(String.class)
                .isEqualTo("M405");

        ResponseError conflict = singleError(
                as(agent)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(asset.id()), "lockVersion", 1, "model", "late"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(conflict.getExtensions()).containsEntry("code", "CONFLICT");
        singleError(
                as(customer)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(asset.id()), "lockVersion", 2, "model", "x"))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void filtersNarrowTheListingAndACursorWalkSeesEveryAssetOnce() {
        TestUser holder = users.customer();
        Asset laptop = asset("laptop", type("Laptop").id(), null, List.of("mobile"));
        Asset server = asset("server", type("Server").id(), holder.id(), List.of());
        Asset printer = asset("printer", type("Printer").id(), null, List.of("mobile"));
        asset("cable", null, null, List.of());
        asset("phone", type("Phone").id(), null, List.of());
        assetAssignments.assign(agent.actor(), printer.id(), holder.id());
        assetUpdates.update(
                agent.actor(),
                printer.id(),
                io.polydesk.domain.asset.UpdateAsset.builder()
                        .statusId(io.polydesk.domain.shared.Change.to(
                                status("in_repair").id()))
                        .build());

        assertThat(names(Map.of("text", word, "typeId", id(type("Computer").id()))))
                .containsExactly(laptop.name(), server.name());
        assertThat(names(Map.of("text", word, "statusId", id(status("in_repair").id()))))
                .containsExactly(printer.name());
        assertThat(names(Map.of("text", word, "tag", "MOBILE"))).containsExactly(laptop.name(), printer.name());
        assertThat(names(Map.of("text", word, "ownerId", id(holder.id())))).containsExactly(server.name());
        assertThat(names(Map.of("text", word, "assignedUserId", id(holder.id()))))
                .containsExactly(printer.name());

        List<String> walked = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            GraphQlTester.Response response = as(agent)
                    .document(LIST)
                    .variable("filter", Map.of("text", word))
                    .variable("orderBy", Map.of("field", "NAME", "direction", "ASC"))
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            response.path("assets.totalCount")
                    .entity(Integer.class)
                    .isEqualTo(5)
                    .path("assets.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .isEqualTo(page < 2)
                    .path("assets.pageInfo.hasPreviousPage")
                    .entity(Boolean.class)
                    .isEqualTo(after != null);
            walked.addAll(response.path("assets.edges[*].node.name")
                    .entityList(String.class)
                    .get());
            after = response.path("assets.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        assertThat(walked)
                .containsExactly("cable " + word, laptop.name(), "phone " + word, printer.name(), server.name());

        ResponseError foreign = singleError(
                as(agent)
                        .document(LIST)
                        .variable("after", after)
                        .variable("orderBy", Map.of("field", "CREATED_AT"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(foreign)).containsExactly("after");
        ResponseError unknownType = singleError(
                as(agent)
                        .document(LIST)
                        .variable("filter", Map.of("typeId", "999999999"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(unknownType)).containsExactly("filter.typeId");
    }

    private List<String> names(Map<String, Object> filter) {
        return as(agent)
                .document(LIST)
                .variable("filter", filter)
                .variable("orderBy", Map.of("field", "NAME", "direction", "ASC"))
                .execute()
                .path("assets.edges[*].node.name")
                .entityList(String.class)
                .get();
    }

    @Test
    void staffAssignUnassignAndArchive() {
        Asset asset = asset("shared", null, null, List.of());
        TestUser other = users.customer();
        String assetId = id(asset.id());

        as(agent)
                .document(ASSIGN)
                .variable("input", Map.of("id", assetId, "userId", id(other.id())))
                .execute()
                .path("assignAsset.asset.assignedUsers[*].id")
                .entityList(String.class)
                .containsExactly(id(other.id()));
        as(agent)
                .document(UNASSIGN)
                .variable("input", Map.of("id", assetId, "userId", id(other.id())))
                .execute()
                .path("unassignAsset.asset.assignedUsers")
                .entityList(Object.class)
                .hasSize(0);
        ResponseError notAssigned = singleError(
                as(agent)
                        .document(UNASSIGN)
                        .variable("input", Map.of("id", assetId, "userId", id(other.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(notAssigned)).containsExactly("input.userId");
        singleError(
                as(customer)
                        .document(ASSIGN)
                        .variable("input", Map.of("id", assetId, "userId", id(customer.id())))
                        .execute(),
                "FORBIDDEN");

        as(agent)
                .document(ARCHIVE)
                .variable("input", Map.of("id", assetId))
                .execute()
                .path("archiveAsset.asset.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(agent)
                .document(LIST)
                .variable("filter", Map.of("text", word))
                .execute()
                .path("assets.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void notesAreStaffOnlyAndOnlyTheirAuthorOrAnAdministratorChangesThem() {
        Asset asset = asset("noted", null, customer.id(), List.of());
        TestUser otherAgent = users.agent();

        String noteId = as(agent)
                .document(ADD_NOTE)
                .variable("input", Map.of("assetId", id(asset.id()), "content", "Replaced the fan"))
                .execute()
                .path("addAssetNote.note.editCount")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("addAssetNote.note.asset.id")
                .entity(String.class)
                .isEqualTo(id(asset.id()))
                .path("addAssetNote.note.id")
                .entity(String.class)
                .get();

        as(agent)
                .document(EDIT_NOTE)
                .variable("input", Map.of("id", noteId, "content", "Replaced the CPU fan"))
                .execute()
                .path("editAssetNote.note.editCount")
                .entity(Integer.class)
                .isEqualTo(1);
        singleError(
                as(otherAgent)
                        .document(EDIT_NOTE)
                        .variable("input", Map.of("id", noteId, "content", "Mine"))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(customer)
                        .document(ADD_NOTE)
                        .variable("input", Map.of("assetId", id(asset.id()), "content", "Hello"))
                        .execute(),
                "FORBIDDEN");
        as(admin)
                .document(EDIT_NOTE)
                .variable("input", Map.of("id", noteId, "content", "Checked by admin"))
                .execute()
                .path("editAssetNote.note.editCount")
                .entity(Integer.class)
                .isEqualTo(2);

        as(customer)
                .document(GET)
                .variable("id", id(asset.id()))
                .execute()
                .path("asset.notes")
                .entityList(Object.class)
                .hasSize(0);
        as(otherAgent)
                .document(GET)
                .variable("id", id(asset.id()))
                .execute()
                .path("asset.notes[0].content")
                .entity(String.class)
                .isEqualTo("Checked by admin")
                .path("asset.notes[0].author.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()));

        singleError(
                as(otherAgent)
                        .document(DELETE_NOTE)
                        .variable("input", Map.of("id", noteId))
                        .execute(),
                "FORBIDDEN");
        as(agent)
                .document(DELETE_NOTE)
                .variable("input", Map.of("id", noteId))
                .execute()
                .path("deleteAssetNote.id")
                .entity(String.class)
                .isEqualTo(noteId);
        singleError(
                as(agent)
                        .document(DELETE_NOTE)
                        .variable("input", Map.of("id", noteId))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void administratorsShapeTheCatalogAndEveryoneReadsIt() {
        String typeName = "Tablet " + word;
        String typeId = as(admin)
                .document("""
                        mutation ($input: CreateAssetTypeInput!) {
                          createAssetType(input: $input) { assetType { id name icon parent { name } } }
                        }""")
                .variable(
                        "input",
                        Map.of("name", typeName, "parentId", id(type("Computer").id()), "icon", "fa-tablet"))
                .execute()
                .path("createAssetType.assetType.parent.name")
                .entity(String.class)
                .isEqualTo("Computer")
                .path("createAssetType.assetType.id")
                .entity(String.class)
                .get();
        String locationId = as(admin)
                .document("""
                        mutation ($input: CreateLocationInput!) { createLocation(input: $input) { location { id } } }""")
                .variable("input", Map.of("name", "HQ " + word))
                .execute()
                .path("createLocation.location.id")
                .entity(String.class)
                .get();
        as(admin)
                .document("""
                        mutation ($input: DefineAssetCustomFieldInput!) {
                          defineAssetCustomField(input: $input) { customField { key type options } }
                        }""")
                .variable(
                        "input",
                        Map.of(
                                "key",
                                "cond_" + word,
                                "name",
                                "Condition",
                                "type",
                                "DROPDOWN",
                                "options",
                                List.of("new", "used")))
                .execute()
                .path("defineAssetCustomField.customField.options")
                .entityList(String.class)
                .containsExactly("new", "used");

        singleError(
                as(agent)
                        .document("""
                        mutation ($input: CreateLocationInput!) { createLocation(input: $input) { location { id } } }""")
                        .variable("input", Map.of("name", "Nope " + word))
                        .execute(),
                "FORBIDDEN");
        ResponseError duplicate = singleError(
                as(admin)
                        .document("""
                        mutation ($input: CreateAssetTypeInput!) { createAssetType(input: $input) { assetType { id } } }""")
                        .variable("input", Map.of("name", typeName.toUpperCase()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(duplicate)).containsExactly("input.name");

        GraphQlTester.Response catalog = as(customer)
                .document("{ assetTypes { id } assetStatuses { key } locations { id } assetCustomFields { key } }")
                .execute();
        // Other tests add statuses of their own; the seeded ones keep their life-cycle order.
        assertThat(catalog.path("assetStatuses[*].key").entityList(String.class).get())
                .containsSubsequence("active", "in_use", "in_stock", "in_repair", "retired", "disposed");
        catalog.path("assetTypes[*].id")
                .entityList(String.class)
                .contains(typeId)
                .path("locations[*].id")
                .entityList(String.class)
                .contains(locationId)
                .path("assetCustomFields[*].key")
                .entityList(String.class)
                .contains("cond_" + word);
        as(customer)
                .document("{ customFields { key } }")
                .execute()
                .path("customFields[*].key")
                .entityList(String.class)
                .doesNotContain("cond_" + word);

        ResponseError badValue = singleError(
                as(agent)
                        .document(CREATE)
                        .variable(
                                "input",
                                Map.of(
                                        "name",
                                        "x " + word,
                                        "customFields",
                                        List.of(Map.of("key", "cond_" + word, "value", "broken"))))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(badValue)).containsExactly("input.customFields.cond_" + word);
    }
}
