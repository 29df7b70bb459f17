package io.polydesk.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules of the asset type and location trees, without a database. */
class CatalogTreeRulesTest {

    private static final Actor ADMIN = new Actor(1, "admin", Role.ADMIN);
    private static final Actor AGENT = new Actor(2, "agent", Role.AGENT);
    private static final Actor CUSTOMER = new Actor(3, "customer", Role.CUSTOMER);

    private final InMemoryTrees catalog = new InMemoryTrees();
    private final AssetTypeService types = new AssetTypeService(catalog);
    private final LocationService locations = new LocationService(catalog);

    private static List<String> fields(Runnable command) {
        try {
            command.run();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID);
            return e.details().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected INVALID");
    }

    private static ErrorCode code(Runnable command) {
        try {
            command.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("expected a DomainException");
    }

    @Test
    void aTypeMovesAnywhereButBelowItselfAndKeepsItsNameUniqueIgnoringCase() {
        AssetType computer = types.create(ADMIN, "Computer", null, "fa-desktop");
        AssetType laptop = types.create(ADMIN, "Laptop", computer.id(), null);
        AssetType printer = types.create(ADMIN, "Printer", null, null);

        assertThat(fields(() -> types.update(
                        ADMIN,
                        new UpdateAssetType(computer.id(), Change.keep(), Change.to(laptop.id()), Change.keep()))))
                .containsExactly("parentId");
        assertThat(fields(() -> types.update(
                        ADMIN,
                        new UpdateAssetType(computer.id(), Change.keep(), Change.to(computer.id()), Change.keep()))))
                .containsExactly("parentId");
        assertThat(fields(() -> types.update(
                        ADMIN, new UpdateAssetType(printer.id(), Change.to(" LAPTOP "), Change.keep(), Change.keep()))))
                .containsExactly("name");
        assertThat(fields(() -> new UpdateAssetType(1, Change.to(null), Change.keep(), Change.to("x".repeat(65)))))
                .containsExactly("name", "icon");

        AssetType moved = types.update(
                ADMIN,
                new UpdateAssetType(
                        printer.id(), Change.to("printer"), Change.to(computer.id()), Change.to(" fa-print ")));
        assertThat(moved).isEqualTo(new AssetType(printer.id(), "printer", computer.id(), "fa-print", false));
        assertThat(types.update(
                                ADMIN,
                                new UpdateAssetType(computer.id(), Change.keep(), Change.to(null), Change.to(" ")))
                        .icon())
                .isNull();
    }

    @Test
    void archivingKeepsNoLiveChildBelowAnArchivedParent() {
        AssetType computer = types.create(ADMIN, "Computer", null, null);
        AssetType laptop = types.create(ADMIN, "Laptop", computer.id(), null);

        assertThat(code(() -> types.archive(ADMIN, computer.id()))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(types.archive(ADMIN, laptop.id()).archived()).isTrue();
        assertThat(types.archive(ADMIN, computer.id()).archived()).isTrue();
        assertThat(types.archive(ADMIN, computer.id()).archived()).isTrue();
        assertThat(code(() -> types.unarchive(ADMIN, laptop.id()))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fields(() -> types.create(ADMIN, "Netbook", computer.id(), null)))
                .containsExactly("parentId");
        // An archived type may move below an archived one; a live one may not.
        AssetType tablet = types.create(ADMIN, "Tablet", null, null);
        assertThat(fields(() -> types.update(
                        ADMIN,
                        new UpdateAssetType(tablet.id(), Change.keep(), Change.to(computer.id()), Change.keep()))))
                .containsExactly("parentId");

        assertThat(types.unarchive(ADMIN, computer.id()).archived()).isFalse();
        assertThat(types.unarchive(ADMIN, laptop.id()).archived()).isFalse();
    }

    @Test
    void locationNamesAreUniqueAmongSiblingsAndALocationNeverMovesInsideItself() {
        Location hq = locations.create(ADMIN, "HQ", null);
        Location branch = locations.create(ADMIN, "Branch", null);
        Location hqRoom = locations.create(ADMIN, "Room 1", hq.id());
        Location branchRoom = locations.create(ADMIN, "room 1", branch.id());

        assertThat(fields(() -> locations.update(
                        ADMIN, new UpdateLocation(branchRoom.id(), Change.keep(), Change.to(hq.id())))))
                .containsExactly("name");
        assertThat(fields(() ->
                        locations.update(ADMIN, new UpdateLocation(hq.id(), Change.keep(), Change.to(hqRoom.id())))))
                .containsExactly("parentId");
        assertThat(fields(
                        () -> locations.update(ADMIN, new UpdateLocation(branch.id(), Change.to("hq"), Change.keep()))))
                .containsExactly("name");
        assertThat(locations.update(
                        ADMIN, new UpdateLocation(branchRoom.id(), Change.to("Room 2"), Change.to(hq.id()))))
                .isEqualTo(new Location(branchRoom.id(), "Room 2", hq.id(), false));

        assertThat(code(() -> locations.archive(ADMIN, hq.id()))).isEqualTo(ErrorCode.CONFLICT);
        assertThat(code(() -> locations.archive(ADMIN, 99))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void onlyAdministratorsManageTheTreesAndOnlyStaffListArchivedEntries() {
        AssetType type = types.create(ADMIN, "Phone", null, null);
        Location location = locations.create(ADMIN, "Depot", null);
        for (Actor notAdmin : List.of(AGENT, CUSTOMER)) {
            assertThat(code(() -> types.archive(notAdmin, type.id()))).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(code(() -> locations.update(
                            notAdmin, new UpdateLocation(location.id(), Change.to("x"), Change.keep()))))
                    .isEqualTo(ErrorCode.FORBIDDEN);
        }
        assertThatThrownBy(() -> types.unarchive(null, type.id()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }

    /** Types and locations only; the statuses are not needed here. */
    private static final class InMemoryTrees implements AssetCatalogRepository {

        private final Map<Long, AssetType> types = new TreeMap<>();
        private final Map<Long, Location> locations = new TreeMap<>();
        private long next = 1;

        @Override
        public List<AssetType> types() {
            return new ArrayList<>(types.values());
        }

        @Override
        public Optional<AssetType> findType(long id) {
            return Optional.ofNullable(types.get(id));
        }

        @Override
        public long insertType(AssetType type) {
            long id = next++;
            types.put(id, new AssetType(id, type.name(), type.parentId(), type.icon(), type.archived()));
            return id;
        }

        @Override
        public void updateType(AssetType type) {
            types.put(type.id(), type);
        }

        @Override
        public List<AssetStatus> statuses() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AssetStatus> findStatus(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long insertStatus(AssetStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateStatus(AssetStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteStatus(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean statusInUse(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Location> locations() {
            return new ArrayList<>(locations.values());
        }

        @Override
        public Optional<Location> findLocation(long id) {
            return Optional.ofNullable(locations.get(id));
        }

        @Override
        public long insertLocation(Location location) {
            long id = next++;
            locations.put(id, new Location(id, location.name(), location.parentId(), location.archived()));
            return id;
        }

        @Override
        public void updateLocation(Location location) {
            locations.put(location.id(), location);
        }
    }
}
