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
        return builder().name(name).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a new asset field by field; every field left out takes its default. */
    public static final class Builder {
        private String name;
        private String description;
        private Long typeId;
        private Long statusId;
        private Long locationId;
        private Long manufacturerId;
        private String model;
        private String serialNumber;
        private String controlNumber;
        private Long supplierId;
        private Integer quantity;
        private Long ownerId;
        private String purchaseOrder;
        private boolean online;
        private Map<String, Object> inventory;
        private List<Long> userIds;
        private List<String> tags;
        private Map<String, String> customFields;

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder typeId(Long value) {
            typeId = value;
            return this;
        }

        public Builder statusId(Long value) {
            statusId = value;
            return this;
        }

        public Builder locationId(Long value) {
            locationId = value;
            return this;
        }

        public Builder manufacturerId(Long value) {
            manufacturerId = value;
            return this;
        }

        public Builder model(String value) {
            model = value;
            return this;
        }

        public Builder serialNumber(String value) {
            serialNumber = value;
            return this;
        }

        public Builder controlNumber(String value) {
            controlNumber = value;
            return this;
        }

        public Builder supplierId(Long value) {
            supplierId = value;
            return this;
        }

        public Builder quantity(Integer value) {
            quantity = value;
            return this;
        }

        public Builder ownerId(Long value) {
            ownerId = value;
            return this;
        }

        public Builder purchaseOrder(String value) {
            purchaseOrder = value;
            return this;
        }

        public Builder online(boolean value) {
            online = value;
            return this;
        }

        public Builder inventory(Map<String, Object> value) {
            inventory = value;
            return this;
        }

        public Builder userIds(List<Long> value) {
            userIds = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder customFields(Map<String, String> value) {
            customFields = value;
            return this;
        }

        public CreateAsset build() {
            return new CreateAsset(
                    name,
                    description,
                    typeId,
                    statusId,
                    locationId,
                    manufacturerId,
                    model,
                    serialNumber,
                    controlNumber,
                    supplierId,
                    quantity,
                    ownerId,
                    purchaseOrder,
                    online,
                    inventory,
                    userIds,
                    tags,
                    customFields);
        }
    }
}
