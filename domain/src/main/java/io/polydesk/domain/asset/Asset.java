package io.polydesk.domain.asset;

import java.time.Instant;
import java.util.Map;

/**
 * A configuration item: a thing the service desk keeps track of. The inventory is a free-form document (OS,
 * BIOS ...) as discovery tools report it; manufacturer and supplier are
 * {@link AssetVendor}s; {@code lockVersion} guards concurrent updates.
 */
public record Asset(
        long id,
        String name,
        String description,
        Long typeId,
        long statusId,
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
        Instant inventoryUpdatedAt,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        int lockVersion) {
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this asset, for copies that change a few fields. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .description(description)
                .typeId(typeId)
                .statusId(statusId)
                .locationId(locationId)
                .manufacturerId(manufacturerId)
                .model(model)
                .serialNumber(serialNumber)
                .controlNumber(controlNumber)
                .supplierId(supplierId)
                .quantity(quantity)
                .ownerId(ownerId)
                .purchaseOrder(purchaseOrder)
                .online(online)
                .inventory(inventory)
                .inventoryUpdatedAt(inventoryUpdatedAt)
                .archived(archived)
                .createdAt(createdAt)
                .updatedAt(updatedAt)
                .lockVersion(lockVersion);
    }

    /** Builds an asset field by field; the repository assigns id and lock version on insert. */
    public static final class Builder {
        private long id;
        private String name;
        private String description;
        private Long typeId;
        private long statusId;
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
        private Instant inventoryUpdatedAt;
        private boolean archived;
        private Instant createdAt;
        private Instant updatedAt;
        private int lockVersion;

        public Builder id(long value) {
            id = value;
            return this;
        }

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

        public Builder statusId(long value) {
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

        public Builder inventoryUpdatedAt(Instant value) {
            inventoryUpdatedAt = value;
            return this;
        }

        public Builder archived(boolean value) {
            archived = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Builder lockVersion(int value) {
            lockVersion = value;
            return this;
        }

        public Asset build() {
            return new Asset(
                    id,
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
                    inventoryUpdatedAt,
                    archived,
                    createdAt,
                    updatedAt,
                    lockVersion);
        }
    }
}
