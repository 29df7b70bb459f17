package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;
import java.util.List;
import java.util.Map;

/**
 * A partial update: every field left as {@link Change#keep()} stays as it is. {@code userIds} and {@code tags}
 * replace the whole set; {@code customFields} sets the named fields only (null clears one). When
 * {@code expectedLockVersion} is given and stale the update is a conflict; either way the version check happens
 * in the same statement as the write.
 */
public record UpdateAsset(
        Change<String> name,
        Change<String> description,
        Change<Long> typeId,
        Change<Long> statusId,
        Change<Long> locationId,
        Change<Long> manufacturerId,
        Change<String> model,
        Change<String> serialNumber,
        Change<String> controlNumber,
        Change<Long> supplierId,
        Change<Integer> quantity,
        Change<Long> ownerId,
        Change<String> purchaseOrder,
        Change<Boolean> online,
        Change<Map<String, Object>> inventory,
        Change<List<Long>> userIds,
        Change<List<String>> tags,
        Change<Map<String, String>> customFields,
        Integer expectedLockVersion) {

    public UpdateAsset {
        Validation v = new Validation();
        if (name.isPresent()) {
            v.required(name.value(), "name").maxLength(name.value(), AssetLimits.NAME, "name");
        }
        v.maxLength(description.value(), AssetLimits.DESCRIPTION, "description")
                .check(
                        !quantity.isPresent() || quantity.value() == null || quantity.value() >= 0,
                        "quantity",
                        "must be 0 or more")
                .check(!statusId.isPresent() || statusId.value() != null, "statusId", "must not be null")
                .check(!online.isPresent() || online.value() != null, "online", "must not be null");
        AssetLimits.checkShortTexts(
                v, model.value(), serialNumber.value(), controlNumber.value(), purchaseOrder.value());
        AssetLimits.checkTags(tags.value(), v);
        AssetLimits.checkUsers(userIds.value(), v);
        if (inventory.isPresent()) {
            inventory = Change.to(AssetInventory.check(inventory.value(), v));
        }
        v.throwIfInvalid();
        if (userIds.isPresent()) {
            userIds = Change.to(userIds.value() == null ? List.of() : List.copyOf(userIds.value()));
        }
        if (tags.isPresent()) {
            tags = Change.to(tags.value() == null ? List.of() : List.copyOf(tags.value()));
        }
        if (customFields.isPresent()) {
            customFields = Change.to(
                    customFields.value() == null
                            ? Map.of()
                            : java.util.Collections.unmodifiableMap(
                                    new java.util.LinkedHashMap<>(customFields.value())));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an update field by field; every field left out stays as it is. */
    public static final class Builder {
        private Change<String> name = Change.keep();
        private Change<String> description = Change.keep();
        private Change<Long> typeId = Change.keep();
        private Change<Long> statusId = Change.keep();
        private Change<Long> locationId = Change.keep();
        private Change<Long> manufacturerId = Change.keep();
        private Change<String> model = Change.keep();
        private Change<String> serialNumber = Change.keep();
        private Change<String> controlNumber = Change.keep();
        private Change<Long> supplierId = Change.keep();
        private Change<Integer> quantity = Change.keep();
        private Change<Long> ownerId = Change.keep();
        private Change<String> purchaseOrder = Change.keep();
        private Change<Boolean> online = Change.keep();
        private Change<Map<String, Object>> inventory = Change.keep();
        private Change<List<Long>> userIds = Change.keep();
        private Change<List<String>> tags = Change.keep();
        private Change<Map<String, String>> customFields = Change.keep();
        private Integer expectedLockVersion;

        public Builder name(Change<String> value) {
            name = value;
            return this;
        }

        public Builder description(Change<String> value) {
            description = value;
            return this;
        }

        public Builder typeId(Change<Long> value) {
            typeId = value;
            return this;
        }

        public Builder statusId(Change<Long> value) {
            statusId = value;
            return this;
        }

        public Builder locationId(Change<Long> value) {
            locationId = value;
            return this;
        }

        public Builder manufacturerId(Change<Long> value) {
            manufacturerId = value;
            return this;
        }

        public Builder model(Change<String> value) {
            model = value;
            return this;
        }

        public Builder serialNumber(Change<String> value) {
            serialNumber = value;
            return this;
        }

        public Builder controlNumber(Change<String> value) {
            controlNumber = value;
            return this;
        }

        public Builder supplierId(Change<Long> value) {
            supplierId = value;
            return this;
        }

        public Builder quantity(Change<Integer> value) {
            quantity = value;
            return this;
        }

        public Builder ownerId(Change<Long> value) {
            ownerId = value;
            return this;
        }

        public Builder purchaseOrder(Change<String> value) {
            purchaseOrder = value;
            return this;
        }

        public Builder online(Change<Boolean> value) {
            online = value;
            return this;
        }

        public Builder inventory(Change<Map<String, Object>> value) {
            inventory = value;
            return this;
        }

        public Builder userIds(Change<List<Long>> value) {
            userIds = value;
            return this;
        }

        public Builder tags(Change<List<String>> value) {
            tags = value;
            return this;
        }

        public Builder customFields(Change<Map<String, String>> value) {
            customFields = value;
            return this;
        }

        public Builder expectedLockVersion(Integer value) {
            expectedLockVersion = value;
            return this;
        }

        public UpdateAsset build() {
            return new UpdateAsset(
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
                    customFields,
                    expectedLockVersion);
        }
    }
}
