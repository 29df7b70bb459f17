package io.polydesk.domain.asset;

import io.polydesk.domain.asset.AssetStatusCommands.CreateAssetStatus;
import io.polydesk.domain.asset.AssetStatusCommands.UpdateAssetStatus;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage the asset statuses: codes and names are unique ignoring case; a status some asset has
 * cannot be deleted, only archived.
 */
@Service
@Transactional
public class AssetStatusService {

    private final AssetCatalogRepository catalog;

    public AssetStatusService(AssetCatalogRepository catalog) {
        this.catalog = catalog;
    }

    public AssetStatus create(Actor actor, CreateAssetStatus c) {
        Actor.requireAdmin(actor);
        List<AssetStatus> existing = catalog.statuses();
        new Validation()
                .check(existing.stream().noneMatch(s -> s.key().equalsIgnoreCase(c.key())), "key", "is already taken")
                .check(
                        existing.stream().noneMatch(s -> s.name().equalsIgnoreCase(c.name())),
                        "name",
                        "is already taken")
                .throwIfInvalid();
        int sortOrder = c.sortOrder() != null
                ? c.sortOrder()
                : existing.stream().mapToInt(AssetStatus::sortOrder).max().orElse(0) + 10;
        long id = catalog.insertStatus(new AssetStatus(0, c.key(), c.name(), sortOrder, false));
        return catalog.findStatus(id).orElseThrow();
    }

    public AssetStatus update(Actor actor, UpdateAssetStatus c) {
        Actor.requireAdmin(actor);
        AssetStatus current = status(c.id());
        String name = c.name().orElse(current.name());
        new Validation()
                .check(
                        catalog.statuses().stream()
                                .noneMatch(
                                        s -> s.id() != current.id() && s.name().equalsIgnoreCase(name)),
                        "name",
                        "is already taken")
                .throwIfInvalid();
        catalog.updateStatus(new AssetStatus(
                current.id(), current.key(), name, c.sortOrder().orElse(current.sortOrder()), current.archived()));
        return catalog.findStatus(current.id()).orElseThrow();
    }

    /** Assets keep an archived status; archiving twice is harmless. */
    public AssetStatus archive(Actor actor, long id) {
        Actor.requireAdmin(actor);
        AssetStatus current = status(id);
        if (!current.archived()) {
            catalog.updateStatus(new AssetStatus(id, current.key(), current.name(), current.sortOrder(), true));
        }
        return catalog.findStatus(id).orElseThrow();
    }

    /** Only a status no asset has, archived or not, can go; archive one in use instead. */
    public void delete(Actor actor, long id) {
        Actor.requireAdmin(actor);
        AssetStatus current = status(id);
        if (catalog.statusInUse(id)) {
            throw DomainException.conflict(
                    "Asset status '" + current.key() + "' is in use by assets; archive it instead");
        }
        catalog.deleteStatus(id);
    }

    private AssetStatus status(long id) {
        return catalog.findStatus(id).orElseThrow(() -> DomainException.notFound("Asset status", id));
    }
}
