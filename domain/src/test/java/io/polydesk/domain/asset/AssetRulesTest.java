package io.polydesk.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.InvalidFields;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.shared.Trees;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure asset rules: command validation, the inventory's bounds, visibility and the type tree. */
class AssetRulesTest {

    private static final Actor ADMIN = new Actor(1, "admin", Role.ADMIN);
    private static final Actor AGENT = new Actor(2, "agent", Role.AGENT);
    private static final Actor CUSTOMER = new Actor(3, "customer", Role.CUSTOMER);

    private static Asset asset(Long ownerId, boolean archived) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return Asset.builder()
                .id(10)
                .name("Laptop")
                .statusId(1)
                .ownerId(ownerId)
                .archived(archived)
                .createdAt(t)
                .updatedAt(t)
                .build();
    }

    private static List<String> fields(Runnable command) {
        return InvalidFields.of(command);
    }

    @Test
    void aNewAssetNeedsANameAndReportsEveryBadFieldAtOnce() {
        assertThat(fields(() -> CreateAsset.builder()
                        .name(" ")
                        .model("m".repeat(256))
                        .quantity(-1)
                        .tags(List.of(" "))
                        .build()))
                .containsExactly("name", "quantity", "model", "tags");
        assertThat(CreateAsset.named("Server-001").statusId()).isNull();
    }

    @Test
    void anUpdateRefusesNullStatusAndBlankNameButMayClearOtherFields() {
        assertThat(fields(() -> UpdateAsset.builder()
                        .name(Change.to(null))
                        .statusId(Change.to(null))
                        .online(Change.to(null))
                        .build()))
                .containsExactly("name", "statusId", "online");
        UpdateAsset clearing = UpdateAsset.builder()
                .description(Change.to(null))
                .typeId(Change.to(null))
                .userIds(Change.to(null))
                .build();
        assertThat(clearing.description()).isEqualTo(Change.to(null));
        assertThat(clearing.userIds()).isEqualTo(Change.to(List.of()));
        assertThat(clearing.name().isPresent()).isFalse();
    }

    @Test
    void theInventoryTakesAnyJsonTreeWithinItsBounds() {
        Map<String, Object> inventory = new HashMap<>();
        inventory.put("os", Map.of("name", "Windows", "version", "6.3"));
        inventory.put("disks", List.of(512, 1024.5, true));
        inventory.put("note", null);
        CreateAsset ok = CreateAsset.builder()
                .name("Box")
                .online(true)
                .inventory(inventory)
                .build();
        assertThat(ok.inventory()).isEqualTo(inventory);
        assertThatThrownBy(() -> ok.inventory().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);

        Map<String, Object> deep = Map.of("leaf", 1);
        for (int i = 0; i < AssetInventory.MAX_DEPTH; i++) {
            deep = Map.of("child", deep);
        }
        Map<String, Object> tooDeep = deep;
        assertThat(fields(() ->
                        UpdateAsset.builder().inventory(Change.to(tooDeep)).build()))
                .containsExactly("inventory");

        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= AssetInventory.MAX_ENTRIES; i++) {
            many.add(i);
        }
        assertThat(fields(() -> UpdateAsset.builder()
                        .inventory(Change.to(Map.of("many", many)))
                        .build()))
                .containsExactly("inventory");
        assertThat(fields(() -> UpdateAsset.builder()
                        .inventory(Change.to(Map.of("big", "x".repeat(AssetInventory.MAX_CHARACTERS + 1))))
                        .build()))
                .containsExactly("inventory");
        assertThat(fields(() -> UpdateAsset.builder()
                        .inventory(Change.to(Map.of("when", Instant.now())))
                        .build()))
                .containsExactly("inventory");
        assertThat(UpdateAsset.builder().inventory(Change.to(null)).build().inventory())
                .isEqualTo(Change.to(null));
    }

    @Test
    void customersSeeOnlyLiveAssetsTheyOwnOrAreAssignedTo() {
        assertThat(AssetPolicy.canView(CUSTOMER, asset(3L, false), List.of())).isTrue();
        assertThat(AssetPolicy.canView(CUSTOMER, asset(null, false), List.of(3L)))
                .isTrue();
        assertThat(AssetPolicy.canView(CUSTOMER, asset(4L, false), List.of(5L))).isFalse();
        assertThat(AssetPolicy.canView(CUSTOMER, asset(3L, true), List.of(3L))).isFalse();
        assertThat(AssetPolicy.canView(AGENT, asset(4L, true), List.of())).isTrue();
    }

    @Test
    void notesAreForStaffAndChangedOnlyByTheirAuthorOrAnAdministrator() {
        AssetNote byAgent = new AssetNote(1, 10, AGENT.userId(), "x", Instant.EPOCH, Instant.EPOCH, 0);
        AssetNote orphan = new AssetNote(2, 10, null, "x", Instant.EPOCH, Instant.EPOCH, 0);
        assertThat(AssetPolicy.canSeeNotes(CUSTOMER)).isFalse();
        assertThat(AssetPolicy.canSeeNotes(AGENT)).isTrue();
        assertThat(AssetPolicy.canChangeNote(AGENT, byAgent)).isTrue();
        assertThat(AssetPolicy.canChangeNote(new Actor(9, "other", Role.AGENT), byAgent))
                .isFalse();
        assertThat(AssetPolicy.canChangeNote(ADMIN, orphan)).isTrue();
        assertThat(AssetPolicy.canChangeNote(AGENT, orphan)).isFalse();
    }

    @Test
    void aTypeFilterCoversTheWholeSubtree() {
        List<AssetType> types = List.of(
                new AssetType(1, "Computer", null, null, false),
                new AssetType(4, "Server", 2L, null, false),
                new AssetType(2, "Desktop", 1L, null, false),
                new AssetType(3, "Printer", null, null, false),
                new AssetType(5, "Blade", 4L, null, false));
        assertThat(Trees.subtree(1, types, AssetType::id, AssetType::parentId))
                .containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
        assertThat(Trees.subtree(3, types, AssetType::id, AssetType::parentId)).containsExactly(3L);
    }
}
