package io.polydesk.persistence.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCatalogRepository;
import io.polydesk.domain.asset.AssetRepository;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorRepository;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.persistence.RepositoryTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Asset statuses, types and locations as managed data, and manufacturers and suppliers, on each database. */
abstract class AssetCatalogRepositoryContract extends RepositoryTest {

    @Autowired
    AssetCatalogRepository catalog;

    @Autowired
    AssetVendorRepository vendors;

    @Autowired
    AssetRepository assets;

    private long asset(long statusId, Long manufacturerId, Long supplierId) {
        return assets.insert(Asset.builder()
                .name(unique("asset"))
                .statusId(statusId)
                .manufacturerId(manufacturerId)
                .supplierId(supplierId)
                .createdAt(T0)
                .updatedAt(T0)
                .build());
    }

    @Test
    void aStatusIsInsertedRenamedArchivedAndDeletedWhileUnused() {
        String key = unique("lent").toLowerCase().replace('-', '_');
        long id = catalog.insertStatus(new AssetStatus(0, key, unique("Lent"), 70, false));
        AssetStatus inserted = catalog.findStatus(id).orElseThrow();
        assertThat(inserted.key()).isEqualTo(key);
        assertThat(inserted.archived()).isFalse();

        catalog.updateStatus(new AssetStatus(id, "ignored", "Lent out " + key, 75, true));
        assertThat(catalog.findStatus(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new AssetStatus(id, key, "Lent out " + key, 75, true));
        assertThat(catalog.statuses()).extracting(AssetStatus::id).contains(id);
        assertThat(catalog.statusInUse(id)).isFalse();

        catalog.deleteStatus(id);
        assertThat(catalog.findStatus(id)).isEmpty();
    }

    @Test
    void aTypeIsRenamedMovedGivenAnIconAndArchivedAndListedWithTheArchivedOnes() {
        long parent = catalog.insertType(new AssetType(0, unique("Gadget"), null, null, false));
        long id = catalog.insertType(new AssetType(0, unique("Widget"), null, "fa-cube", false));
        assertThat(catalog.findType(id)).get().extracting(AssetType::archived).isEqualTo(false);

        String name = unique("Gizmo");
        catalog.updateType(new AssetType(id, name, parent, "fa-cog", true));
        assertThat(catalog.findType(id)).contains(new AssetType(id, name, parent, "fa-cog", true));
        assertThat(catalog.types()).contains(new AssetType(id, name, parent, "fa-cog", true));

        catalog.updateType(new AssetType(id, name, null, null, false));
        assertThat(catalog.findType(id)).contains(new AssetType(id, name, null, null, false));
    }

    @Test
    void aLocationIsRenamedMovedAndArchivedAndListedWithTheArchivedOnes() {
        long building = catalog.insertLocation(new Location(0, unique("Building"), null, false));
        long room = catalog.insertLocation(new Location(0, unique("Room"), null, false));

        catalog.updateLocation(new Location(room, "Room 2", building, true));
        assertThat(catalog.findLocation(room)).contains(new Location(room, "Room 2", building, true));
        assertThat(catalog.locations())
                .contains(
                        new Location(room, "Room 2", building, true),
                        new Location(
                                building,
                                catalog.findLocation(building).orElseThrow().name(),
                                null,
                                false));

        catalog.updateLocation(new Location(room, "Room 2", null, false));
        assertThat(catalog.findLocation(room)).contains(new Location(room, "Room 2", null, false));
    }

    @Test
    void aStatusAnAssetHasIsInUseEvenWhenTheAssetIsArchived() {
        String key = unique("loan").toLowerCase().replace('-', '_');
        long id = catalog.insertStatus(new AssetStatus(0, key, unique("Loan"), 80, false));
        long assetId = asset(id, null, null);
        assertThat(catalog.statusInUse(id)).isTrue();

        Asset a = assets.findById(assetId).orElseThrow();
        assets.update(
                Asset.builder()
                        .id(a.id())
                        .name(a.name())
                        .statusId(id)
                        .archived(true)
                        .createdAt(a.createdAt())
                        .updatedAt(T0)
                        .build(),
                0);
        assertThat(catalog.statusInUse(id)).isTrue();
    }

    @Test
    void vendorsOfEachKindLiveInTheirOwnListFoundByNameIgnoringCase() {
        String name = unique("Lenovo");
        long maker = vendors.insert(new AssetVendor(0, VendorKind.MANUFACTURER, name, false, T0, T0));
        long seller = vendors.insert(new AssetVendor(0, VendorKind.SUPPLIER, name, false, T0, T0.plusMillis(3)));

        assertThat(vendors.findById(VendorKind.MANUFACTURER, maker))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new AssetVendor(maker, VendorKind.MANUFACTURER, name, false, T0, T0));
        assertThat(vendors.findById(VendorKind.SUPPLIER, seller))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new AssetVendor(seller, VendorKind.SUPPLIER, name, false, T0, T0.plusMillis(3)));
        assertThat(vendors.findByName(VendorKind.MANUFACTURER, name.toUpperCase()))
                .get()
                .extracting(AssetVendor::id)
                .isEqualTo(maker);
        assertThat(vendors.findByName(VendorKind.SUPPLIER, name.toLowerCase()))
                .get()
                .extracting(AssetVendor::id)
                .isEqualTo(seller);
        assertThat(vendors.findByName(VendorKind.MANUFACTURER, name + "x")).isEmpty();
        assertThat(vendors.findByIds(VendorKind.MANUFACTURER, List.of(maker, -1L)))
                .extracting(AssetVendor::id)
                .containsExactly(maker);
    }

    @Test
    void archivedVendorsLeaveTheListOnlyWhenAskedTo() {
        String prefix = unique("Vendor");
        long live = vendors.insert(new AssetVendor(0, VendorKind.SUPPLIER, prefix + " B", false, T0, T0));
        long gone = vendors.insert(new AssetVendor(0, VendorKind.SUPPLIER, prefix + " A", false, T0, T0));
        vendors.update(new AssetVendor(gone, VendorKind.SUPPLIER, prefix + " A renamed", true, T0, T0.plusSeconds(1)));

        assertThat(vendors.list(VendorKind.SUPPLIER, false))
                .extracting(AssetVendor::id)
                .contains(live)
                .doesNotContain(gone);
        assertThat(vendors.list(VendorKind.SUPPLIER, true).stream()
                        .filter(v -> v.name().startsWith(prefix)))
                .extracting(AssetVendor::name)
                .containsExactly(prefix + " A renamed", prefix + " B");
        // By name: manufacturer and supplier ids come from two tables and may coincide.
        assertThat(vendors.list(VendorKind.MANUFACTURER, true))
                .extracting(AssetVendor::name)
                .noneMatch(n -> n.startsWith(prefix));
    }

    @Test
    void assetsReferToTheirManufacturerAndSupplierById() {
        long maker = vendors.insert(new AssetVendor(0, VendorKind.MANUFACTURER, unique("Dell"), false, T0, T0));
        long seller = vendors.insert(new AssetVendor(0, VendorKind.SUPPLIER, unique("CDW"), false, T0, T0));
        long active = catalog.statuses().get(0).id();
        long id = asset(active, maker, seller);

        Asset stored = assets.findById(id).orElseThrow();
        assertThat(stored.manufacturerId()).isEqualTo(maker);
        assertThat(stored.supplierId()).isEqualTo(seller);
    }
}
