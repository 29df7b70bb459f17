package io.polydesk.persistence.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCatalogRepository;
import io.polydesk.domain.asset.AssetCriteria;
import io.polydesk.domain.asset.AssetNote;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetRepository;
import io.polydesk.domain.asset.AssetSearch;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetTag;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetUser;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorRepository;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.customfield.AssetFieldValue;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class AssetRepositoryContract extends RepositoryTest {

    @Autowired
    AssetVendorRepository vendors;

    @Autowired
    AssetRepository assets;

    @Autowired
    AssetCatalogRepository catalog;

    @Autowired
    CatalogRepository tags;

    @Autowired
    CustomFieldRepository customFields;

    long activeId;
    long retiredId;
    AssetType laptop;
    AssetType computer;
    AssetType printer;
    /** A name prefix only this test's rows carry, so listings on a shared server see only them. */
    String prefix;

    @BeforeEach
    void catalogIds() {
        activeId = status("active").id();
        retiredId = status("retired").id();
        computer = type("Computer");
        laptop = type("Laptop");
        printer = type("Printer");
        prefix = unique("asset");
    }

    private AssetStatus status(String key) {
        return catalog.statuses().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private AssetType type(String name) {
        return catalog.types().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Asset insert(String name, Long typeId, long statusId, Long locationId, Long ownerId, int second) {
        long id = assets.insert(Asset.builder()
                .name(prefix + " " + name)
                .typeId(typeId)
                .statusId(statusId)
                .locationId(locationId)
                .ownerId(ownerId)
                .createdAt(T0.plusSeconds(second))
                .updatedAt(T0.plusSeconds(second))
                .build());
        return assets.findById(id).orElseThrow();
    }

    private AssetCriteria text(String text) {
        return AssetCriteria.builder().text(text).build();
    }

    private List<Long> ids(AssetCriteria criteria) {
        return assets.search(AssetSearch.atOffset(criteria, AssetOrder.BY_NAME, 0, 100)).stream()
                .map(Asset::id)
                .toList();
    }

    @Test
    void insertedAssetReadsBackWithEveryFieldIncludingTheInventoryDocument() {
        User owner = newUser(Role.CUSTOMER);
        long location = catalog.insertLocation(new Location(0, unique("Atlanta"), null, false));
        Map<String, Object> inventory = new LinkedHashMap<>();
        inventory.put("os", Map.of("name", "Windows Server 2012 R2", "version", "6.3.9600"));
        inventory.put("disks", List.of(Map.of("size", 512, "ssd", true), Map.of("size", new BigDecimal("1.5"))));
        inventory.put("note", null);
        long maker = vendors.insert(new AssetVendor(0, VendorKind.MANUFACTURER, unique("Gerlach-Metz"), false, T0, T0));
        long seller = vendors.insert(new AssetVendor(0, VendorKind.SUPPLIER, unique("Acme Supply"), false, T0, T0));
        Asset draft = Asset.builder()
                .name("BOSS-1000")
                .description("Boss's computer")
                .typeId(laptop.id())
                .statusId(activeId)
                .locationId(location)
                .manufacturerId(maker)
                .model("Power-X")
                .serialNumber("0938-24s")
                .controlNumber("OSIJD-3209")
                .supplierId(seller)
                .quantity(3)
                .ownerId(owner.id())
                .purchaseOrder("PO12345")
                .online(true)
                .inventory(inventory)
                .inventoryUpdatedAt(T0.plusMillis(5))
                .createdAt(T0)
                .updatedAt(T0.plusMillis(9))
                .build();

        long id = assets.insert(draft);

        assertThat(assets.findById(id))
                .get()
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(draft);
        assertThat(assets.findById(id).orElseThrow().inventory().get("disks"))
                .isEqualTo(List.of(Map.of("size", 512, "ssd", true), Map.of("size", new BigDecimal("1.5"))));
        assertThat(assets.findById(-1)).isEmpty();
        assertThat(assets.findByIds(List.of(id, -1L))).extracting(Asset::id).containsExactly(id);
    }

    @Test
    void updateWritesOnlyAtTheExpectedVersionAndBumpsIt() {
        Asset a = insert("printer", printer.id(), activeId, null, null, 0);
        long hp = vendors.insert(new AssetVendor(0, VendorKind.MANUFACTURER, unique("HP"), false, T0, T0));
        Asset changed = Asset.builder()
                .id(a.id())
                .name("renamed")
                .description("now described")
                .typeId(laptop.id())
                .statusId(retiredId)
                .manufacturerId(hp)
                .model("M404")
                .serialNumber("SN1")
                .online(true)
                .inventory(Map.of("cpu", "i7"))
                .inventoryUpdatedAt(T0.plusSeconds(3))
                .archived(true)
                .createdAt(a.createdAt())
                .updatedAt(T0.plusSeconds(3))
                .lockVersion(a.lockVersion())
                .build();

        assertThat(assets.update(changed, a.lockVersion() + 1)).isFalse();
        assertThat(assets.update(changed, a.lockVersion())).isTrue();
        assertThat(assets.update(changed, a.lockVersion())).isFalse();

        Asset stored = assets.findById(a.id()).orElseThrow();
        assertThat(stored.lockVersion()).isEqualTo(a.lockVersion() + 1);
        assertThat(stored)
                .usingRecursiveComparison()
                .ignoringFields("lockVersion")
                .isEqualTo(changed);
    }

    @Test
    void liveAssetsOfANameReadBackIgnoringCaseByIdAndAnOrOfFiltersMatchesEither() {
        Asset first = insert("Scanner", null, activeId, null, null, 1);
        Asset second = insert("Scanner", null, activeId, null, null, 2);
        Asset gone = insert("Scanner", null, activeId, null, null, 3);
        jdbc.update("UPDATE assets SET archived = TRUE WHERE id = ?", gone.id());
        Asset other = insert("Scanner two", null, activeId, null, null, 4);

        assertThat(assets.findLiveByName((prefix + " scanner").toUpperCase(), 10))
                .extracting(Asset::id)
                .containsExactly(first.id(), second.id());
        assertThat(assets.findLiveByName(prefix + " Scanner", 1))
                .extracting(Asset::id)
                .containsExactly(first.id());
        assertThat(assets.findLiveByName(prefix + " nothing", 10)).isEmpty();

        // (MyBatis would answer a repeated statement from its session cache, so the data is set up first.)
        jdbc.update("UPDATE assets SET status_id = ? WHERE id = ?", retiredId, first.id());
        AssetCriteria either = AssetCriteria.anyOf(List.of(
                text(prefix + " Scanner two"),
                AssetCriteria.builder().text(prefix).statusId(retiredId).build(),
                AssetCriteria.builder().nothing(true).build()));
        assertThat(ids(either)).containsExactly(first.id(), other.id());
        assertThat(assets.count(either)).isEqualTo(2);
        assertThat(ids(AssetCriteria.anyOf(List.of(
                        AssetCriteria.builder().text(prefix).statusId(retiredId).build(),
                        AssetCriteria.builder().text(prefix + " Scanner two").build()))))
                .containsExactly(first.id(), other.id());
    }

    @Test
    void listingFiltersByTypeStatusLocationOwnerAssigneeTagAndTextAndNeverShowsArchived() {
        User owner = newUser(Role.CUSTOMER);
        User holder = newUser(Role.CUSTOMER);
        long building = catalog.insertLocation(new Location(0, unique("Building"), null, false));
        Asset laptopA = insert("laptop A", laptop.id(), activeId, building, owner.id(), 1);
        Asset printerB = insert("printer B", printer.id(), retiredId, null, null, 2);
        Asset untyped = insert("loose cable", null, activeId, null, null, 3);
        Asset archived = insert("old laptop", laptop.id(), activeId, null, owner.id(), 4);
        assets.update(
                Asset.builder()
                        .id(archived.id())
                        .name(archived.name())
                        .typeId(laptop.id())
                        .statusId(activeId)
                        .ownerId(owner.id())
                        .archived(true)
                        .createdAt(archived.createdAt())
                        .updatedAt(T0)
                        .build(),
                0);
        assets.addUser(printerB.id(), holder.id(), T0);
        String tagName = unique("Cabling");
        assets.replaceTags(untyped.id(), List.of(tags.ensureTag(tagName).id()));

        assertThat(ids(text(prefix.toLowerCase()))).containsExactly(laptopA.id(), untyped.id(), printerB.id());
        AssetCriteria mine = text(prefix.toLowerCase());
        assertThat(ids(AssetCriteria.builder()
                        .typeIds(List.of(computer.id(), laptop.id()))
                        .text(mine.text())
                        .build()))
                .containsExactly(laptopA.id());
        assertThat(ids(AssetCriteria.builder()
                        .statusId(retiredId)
                        .text(mine.text())
                        .build()))
                .containsExactly(printerB.id());
        assertThat(ids(AssetCriteria.builder().locationIds(List.of(building)).build()))
                .containsExactly(laptopA.id());
        assertThat(ids(AssetCriteria.builder().ownerId(owner.id()).build())).containsExactly(laptopA.id());
        assertThat(ids(AssetCriteria.builder().assignedUserId(holder.id()).build()))
                .containsExactly(printerB.id());
        assertThat(ids(AssetCriteria.builder().tag(tagName.toUpperCase()).build()))
                .containsExactly(untyped.id());
        assertThat(ids(text("loose cable"))).containsExactly(untyped.id());
        assertThat(ids(text("100%"))).isEmpty();
        String maker = unique("Zebra Technologies");
        long makerId = vendors.insert(new AssetVendor(0, VendorKind.MANUFACTURER, maker, false, T0, T0));
        assets.update(
                Asset.builder()
                        .id(printerB.id())
                        .name(printerB.name())
                        .typeId(printer.id())
                        .statusId(retiredId)
                        .manufacturerId(makerId)
                        .createdAt(printerB.createdAt())
                        .updatedAt(T0)
                        .build(),
                0);
        assertThat(ids(text(maker.toLowerCase())))
                .as("found by its manufacturer's name")
                .containsExactly(printerB.id());
        assertThat(assets.count(mine)).isEqualTo(3);
    }

    @Test
    void aCustomerVisibilityFilterKeepsOwnedAndAssignedAssetsOnly() {
        User customer = newUser(Role.CUSTOMER);
        Asset owned = insert("owned", null, activeId, null, customer.id(), 1);
        Asset assigned = insert("assigned", null, activeId, null, null, 2);
        insert("someone else's", null, activeId, null, newUser(Role.CUSTOMER).id(), 3);
        assets.addUser(assigned.id(), customer.id(), T0);

        AssetCriteria visible = AssetCriteria.builder()
                .text(prefix.toLowerCase())
                .visibleTo(customer.id())
                .build();
        assertThat(ids(visible)).containsExactly(assigned.id(), owned.id());
        assertThat(assets.count(visible)).isEqualTo(2);
    }

    @Test
    void aKeysetWalkByNameAndByCreationSeesEveryRowOnce() {
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            inserted.add(insert("same name", null, activeId, null, null, i % 3).id());
        }
        AssetCriteria mine = text(prefix.toLowerCase());
        for (AssetOrder order : List.of(
                AssetOrder.BY_NAME,
                AssetOrder.NEWEST_FIRST,
                new AssetOrder(AssetOrder.Field.ID, true),
                new AssetOrder(AssetOrder.Field.UPDATED_AT, false))) {
            List<Long> seen = new ArrayList<>();
            Asset last = null;
            while (true) {
                AssetSearch page = last == null
                        ? AssetSearch.atOffset(mine, order, 0, 3)
                        : new AssetSearch(
                                mine,
                                order,
                                last.id(),
                                order.field() == AssetOrder.Field.CREATED_AT
                                        ? last.createdAt()
                                        : order.field() == AssetOrder.Field.UPDATED_AT ? last.updatedAt() : null,
                                order.field() == AssetOrder.Field.NAME ? last.name() : null,
                                0,
                                3);
                List<Asset> rows = assets.search(page);
                rows.forEach(a -> seen.add(a.id()));
                if (rows.size() < 3) {
                    break;
                }
                last = rows.get(rows.size() - 1);
            }
            assertThat(seen)
                    .as(order.toString())
                    .containsExactlyInAnyOrderElementsOf(inserted)
                    .doesNotHaveDuplicates();
        }
        assertThat(assets.search(AssetSearch.atOffset(mine, AssetOrder.BY_NAME, 5, 3)))
                .hasSize(2);
    }

    @Test
    void assigningTwiceChangesNothingAndUnassigningReportsWhetherTheUserWasThere() {
        Asset a = insert("shared", null, activeId, null, null, 0);
        Asset b = insert("other", null, activeId, null, null, 0);
        User first = newUser(Role.AGENT);
        User second = newUser(Role.CUSTOMER);

        assertThat(assets.addUser(a.id(), first.id(), T0)).isTrue();
        assertThat(assets.addUser(a.id(), first.id(), T0)).isFalse();
        assertThat(assets.addUser(a.id(), second.id(), T0.plusSeconds(1))).isTrue();
        assertThat(assets.addUser(b.id(), second.id(), T0)).isTrue();
        assertThat(assets.usersOf(List.of(a.id(), b.id())))
                .containsExactly(
                        new AssetUser(a.id(), first.id()),
                        new AssetUser(a.id(), second.id()),
                        new AssetUser(b.id(), second.id()));

        assertThat(assets.removeUser(a.id(), first.id())).isTrue();
        assertThat(assets.removeUser(a.id(), first.id())).isFalse();
        assertThat(assets.usersOf(List.of(a.id()))).containsExactly(new AssetUser(a.id(), second.id()));
        assertThat(assets.usersOf(List.of())).isEmpty();
    }

    @Test
    void aMergedUsersAssetsOwnershipAndAssignmentsGoToTheTargetWithoutDuplicates() {
        User source = newUser(Role.CUSTOMER);
        User target = newUser(Role.CUSTOMER);
        User bystander = newUser(Role.CUSTOMER);
        Asset owned = insert("owned by source", null, activeId, null, source.id(), 0);
        Asset onlySource = insert("assigned to source", null, activeId, null, null, 1);
        Asset both = insert("assigned to both", null, activeId, null, null, 2);
        Asset others = insert("someone else's", null, activeId, null, bystander.id(), 3);
        assets.addUser(onlySource.id(), source.id(), T0);
        assets.addUser(both.id(), source.id(), T0);
        assets.addUser(both.id(), target.id(), T0);
        assets.addUser(others.id(), bystander.id(), T0);

        assets.moveUser(source.id(), target.id());

        assertThat(assets.findById(owned.id())).get().extracting(Asset::ownerId).isEqualTo(target.id());
        assertThat(assets.findById(others.id()))
                .get()
                .extracting(Asset::ownerId)
                .isEqualTo(bystander.id());
        assertThat(assets.usersOf(List.of(onlySource.id(), both.id(), others.id())))
                .containsExactly(
                        new AssetUser(onlySource.id(), target.id()),
                        new AssetUser(both.id(), target.id()),
                        new AssetUser(others.id(), bystander.id()));
    }

    @Test
    void tagsAreReplacedAsAWholeAndReadForManyAssetsAtOnce() {
        Asset a = insert("tagged", null, activeId, null, null, 0);
        Asset b = insert("tagged too", null, activeId, null, null, 0);
        long dev = tags.ensureTag(unique("dev")).id();
        long it = tags.ensureTag(unique("it")).id();
        assets.replaceTags(a.id(), List.of(dev, it));
        assets.replaceTags(b.id(), List.of(it));
        assets.replaceTags(a.id(), List.of(dev));

        assertThat(assets.tagsOf(List.of(a.id(), b.id())))
                .extracting(AssetTag::assetId, t -> t.tag().id())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(a.id(), dev),
                        org.assertj.core.groups.Tuple.tuple(b.id(), it));
        assets.replaceTags(a.id(), List.of());
        assertThat(assets.tagsOf(List.of(a.id()))).isEmpty();
    }

    @Test
    void notesAreEditedWithACountAndDeleted() {
        Asset a = insert("noted", null, activeId, null, null, 0);
        User author = newUser(Role.AGENT);
        long first = assets.insertNote(new AssetNote(0, a.id(), author.id(), "first", T0, T0, 0));
        long second =
                assets.insertNote(new AssetNote(0, a.id(), null, "second", T0.plusSeconds(1), T0.plusSeconds(1), 0));

        assets.updateNote(first, "first, reworded", T0.plusSeconds(9));

        assertThat(assets.findNote(first))
                .get()
                .isEqualTo(new AssetNote(first, a.id(), author.id(), "first, reworded", T0, T0.plusSeconds(9), 1));
        assertThat(assets.notesOf(List.of(a.id()))).extracting(AssetNote::id).containsExactly(first, second);
        assets.deleteNote(first);
        assertThat(assets.findNote(first)).isEmpty();
        assertThat(assets.notesOf(List.of(a.id()))).extracting(AssetNote::id).containsExactly(second);
    }

    @Test
    void assetCustomFieldsAreSeparateFromTicketFields() {
        Asset a = insert("with fields", null, activeId, null, null, 0);
        String key = "cost_" + Long.toString(System.nanoTime(), 36);
        long cost = customFields.insertAssetField(
                new CustomFieldDefinition(0, key, "Cost", CustomFieldType.DECIMAL, List.of(), false));
        long kind = customFields.insertAssetField(new CustomFieldDefinition(
                0, key + "_kind", "Kind", CustomFieldType.DROPDOWN, List.of("new", "used"), true));

        assertThat(customFields.assetFields())
                .extracting(CustomFieldDefinition::id)
                .contains(cost, kind);
        assertThat(customFields.assetFields())
                .filteredOn(f -> f.id() == kind)
                .singleElement()
                .extracting(CustomFieldDefinition::options)
                .isEqualTo(List.of("new", "used"));
        assertThat(customFields.ticketFields())
                .extracting(CustomFieldDefinition::id)
                .doesNotContain(cost, kind);
        assertThat(customFields.existsByKey(key)).isTrue();

        customFields.putAssetValues(a.id(), Map.of(cost, "12.5", kind, "used"));
        Map<Long, String> clearCost = new LinkedHashMap<>();
        clearCost.put(cost, null);
        customFields.putAssetValues(a.id(), clearCost);

        assertThat(customFields.assetValuesOf(List.of(a.id())))
                .containsExactly(new AssetFieldValue(a.id(), kind, "used"));
        assertThat(customFields.valuesOf(List.of(a.id()))).isEmpty();
    }

    @Test
    void theCatalogIsSeededAndTypesAndLocationsFormTrees() {
        assertThat(catalog.statuses())
                .extracting(AssetStatus::key)
                .startsWith("active", "in_use", "in_stock", "in_repair", "retired", "disposed");
        assertThat(laptop.parentId()).isEqualTo(computer.id());
        assertThat(computer.icon()).isEqualTo("fa-desktop");

        long child = catalog.insertType(new AssetType(0, unique("Tablet"), computer.id(), null, false));
        assertThat(catalog.findType(child))
                .get()
                .extracting(AssetType::parentId)
                .isEqualTo(computer.id());
        long root = catalog.insertLocation(new Location(0, unique("HQ"), null, false));
        long room = catalog.insertLocation(new Location(0, "Room 1", root, false));
        assertThat(catalog.findLocation(room)).contains(new Location(room, "Room 1", root, false));
        assertThat(catalog.locations()).extracting(Location::id).contains(root, room);
        assertThat(catalog.findStatus(activeId))
                .get()
                .extracting(AssetStatus::name)
                .isEqualTo("Active");
        assertThat(catalog.findType(-1)).isEmpty();
    }
}
