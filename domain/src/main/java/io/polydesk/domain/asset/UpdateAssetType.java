package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;

/** Omitted fields stay as they are; a null {@code parentId} moves the type to the top, a null icon clears it. */
public record UpdateAssetType(long id, Change<String> name, Change<Long> parentId, Change<String> icon) {

    public UpdateAssetType {
        name = name.map(n -> n == null ? null : n.strip());
        icon = icon.map(i -> i == null || i.isBlank() ? null : i.strip());
        Validation v = new Validation();
        if (name.isPresent()) {
            v.required(name.value(), "name").maxLength(name.value(), AssetLimits.TYPE_NAME, "name");
        }
        v.maxLength(icon.orElse(null), AssetLimits.ICON, "icon").throwIfInvalid();
    }
}
