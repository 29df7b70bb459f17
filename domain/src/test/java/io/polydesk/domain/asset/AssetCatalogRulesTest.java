package io.polydesk.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.asset.AssetStatusCommands.CreateAssetStatus;
import io.polydesk.domain.asset.AssetStatusCommands.UpdateAssetStatus;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.InvalidFields;
import io.polydesk.domain.shared.NameSearch;
import io.polydesk.domain.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules of the managed asset lookup data, without a database. */
class AssetCatalogRulesTest {

    private static final Actor ADMIN = new Actor(1, "admin", Role.ADMIN);
    private static final Actor AGENT = new Actor(2, "agent", Role.AGENT);
    private static final Actor CUSTOMER = new Actor(3, "customer", Role.CUSTOMER);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static List<String> fields(Runnable command) {
        return InvalidFields.of(command);
    }

    @Test
    void aStatusKeyIsACodeAndItsNameIsRequired() {
        assertThat(fields(() -> new CreateAssetStatus("In Use", " ", null))).containsExactly("key", "name");
        assertThat(fields(() -> new CreateAssetStatus("a".repeat(33), "x", null)))
                .containsExactly("key");
        assertThat(fields(() -> new CreateAssetStatus("9lives", "Nine", null))).containsExactly("key");
        assertThat(new CreateAssetStatus(" on_loan2 ", " On loan ", 5))
                .isEqualTo(new CreateAssetStatus("on_loan2", "On loan", 5));
        assertThat(fields(() -> new UpdateAssetStatus(1, Change.to(""), Change.to(null))))
                .containsExactly("name", "sortOrder");
    }

    @Test
    void vendorNamesAreTrimmedUniqueIgnoringCaseWithinTheirKindAndAdministratorsOnly() {
        AssetVendorService service = new AssetVendorService(new InMemoryVendors(), Clock.fixed(T0, ZoneOffset.UTC));
        AssetVendor hp = service.create(ADMIN, VendorKind.MANUFACTURER, "  HP ");
        assertThat(hp.name()).isEqualTo("HP");

        assertThat(fields(() -> service.create(ADMIN, VendorKind.MANUFACTURER, "hp")))
                .containsExactly("name");
        assertThat(service.create(ADMIN, VendorKind.SUPPLIER, "hp").kind()).isEqualTo(VendorKind.SUPPLIER);
        assertThat(service.rename(ADMIN, VendorKind.MANUFACTURER, hp.id(), "hP").name())
                .isEqualTo("hP");
        assertThat(service.archive(ADMIN, VendorKind.MANUFACTURER, hp.id()).archived())
                .isTrue();
        assertThat(service.archive(ADMIN, VendorKind.MANUFACTURER, hp.id()).archived())
                .isTrue();

        for (Actor notAdmin : List.of(AGENT, CUSTOMER)) {
            assertThatThrownBy(() -> service.create(notAdmin, VendorKind.SUPPLIER, "Acme"))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        }
        assertThatThrownBy(() -> service.archive(ADMIN, VendorKind.SUPPLIER, hp.id() + 100))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void customersNeverListVendors() {
        AssetVendorQueries queries = new AssetVendorQueries(new InMemoryVendors());
        assertThatThrownBy(() -> queries.list(CUSTOMER, VendorKind.MANUFACTURER, false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(queries.list(AGENT, VendorKind.MANUFACTURER, false)).isEmpty();
    }

    /** Both kinds in one map keyed by id; ids never repeat across kinds, which is enough here. */
    private static final class InMemoryVendors implements AssetVendorRepository {

        private final Map<Long, AssetVendor> rows = new TreeMap<>();

        @Override
        public long insert(AssetVendor vendor) {
            long id = rows.size() + 1;
            rows.put(
                    id,
                    new AssetVendor(
                            id,
                            vendor.kind(),
                            vendor.name(),
                            vendor.archived(),
                            vendor.createdAt(),
                            vendor.updatedAt()));
            return id;
        }

        @Override
        public void update(AssetVendor vendor) {
            rows.put(vendor.id(), vendor);
        }

        @Override
        public Optional<AssetVendor> findById(VendorKind kind, long id) {
            return Optional.ofNullable(rows.get(id)).filter(v -> v.kind() == kind);
        }

        @Override
        public List<AssetVendor> findByIds(VendorKind kind, Collection<Long> ids) {
            return ids.stream()
                    .map(id -> findById(kind, id))
                    .flatMap(Optional::stream)
                    .toList();
        }

        @Override
        public Optional<AssetVendor> findByName(VendorKind kind, String name) {
            return rows.values().stream()
                    .filter(v -> v.kind() == kind && v.name().equalsIgnoreCase(name))
                    .findFirst();
        }

        @Override
        public List<AssetVendor> list(VendorKind kind, boolean includeArchived) {
            return rows.values().stream()
                    .filter(v -> v.kind() == kind && (includeArchived || !v.archived()))
                    .toList();
        }

        /** The rules under test never search by name: every live vendor of the kind, paged. */
        @Override
        public List<AssetVendor> page(VendorKind kind, NameSearch names, long offset, int limit) {
            return list(kind, false).stream().skip(offset).limit(limit).toList();
        }
    }
}
