package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Validation;
import java.util.List;
import java.util.Map;

/**
 * A new asset. Only the name is required: a null status means {@code active}; {@code userIds} are the users it
 * is assigned to; {@code customFields} are keyed by field key, as raw text.
 */
public record CreateAsset(
        String name,
        String description,
        Long typeId,
        Long statusId,
        Long locationId,
        Long manufacturerId,
        String model,
        String serialNumber,
        String controlNumber,
        Long supplierId,
        Integer quantity,
        Long ownerId,
        String purchaseOrder,
        boolean online,
        Map<String, Object> inventory,
        List<Long> userIds,
        List<String> tags,
        Map<String, String> customFields) {

    public CreateAsset {
        userIds = userIds == null ? List.of() : userIds;
        tags = tags == null ? List.of() : tags;
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
        Validation v = new Validation()
                .required(name, "name")
                .maxLength(name, AssetLimits.NAME, "name")
                .maxLength(description, AssetLimits.DESCRIPTION, "description")
                .check(quantity == null || quantity >= 0, "quantity", "must be 0 or more");
        AssetLimits.checkShortTexts(v, model, serialNumber, controlNumber, purchaseOrder);
        AssetLimits.checkTags(tags, v);
        AssetLimits.checkUsers(userIds, v);
        inventory = AssetInventory.check(inventory, v);
        v.throwIfInvalid();
        userIds = List.copyOf(userIds);
        tags = List.copyOf(tags);
    }

    /** The common case: a name and defaults for the rest. */
    public static CreateAsset named(String name) {
        return new CreateAsset(
                name, null, null, null, null, null, null, null, null, null, null, null, null, false, null, List.of(),
                List.of(), Map.of());
    }
}
