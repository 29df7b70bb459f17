package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;

/** Omitted fields stay as they are; a null {@code parentId} moves the location to the top. */
public record UpdateLocation(long id, Change<String> name, Change<Long> parentId) {

    public UpdateLocation {
        name = name.map(n -> n == null ? null : n.strip());
        Validation v = new Validation();
        if (name.isPresent()) {
            v.required(name.value(), "name").maxLength(name.value(), AssetLimits.LOCATION_NAME, "name");
        }
        v.throwIfInvalid();
    }
}
