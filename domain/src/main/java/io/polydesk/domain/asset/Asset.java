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
        int lockVersion) {}
