package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code GET /cis/:friendly_id}, {@code /cis/by_barcode/:barcode} and the answer of a create. */
public record CiDetail(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String name,
        String description,
        String model,
        @JsonProperty("serial_number") String serialNumber,
        @JsonProperty("control_number") String controlNumber,
        CiRef.CiTypeRef type,
        NamedRef status,
        NamedRef location,
        NamedRef manufacturer,
        List<NamedRef> tags,
        List<CiUser> users,
        @JsonProperty("purchase_order") PurchaseOrder purchaseOrder,
        @JsonProperty("custom_fields") Map<String, Object> customFields,
        Map<String, Object> inventory,
        @JsonProperty("inventory_updated_at") String inventoryUpdatedAt,
        boolean online,
        @JsonProperty("dns_host_name") String dnsHostName,
        @JsonProperty("distinguished_name") String distinguishedName,
        @JsonProperty("archived_at") String archivedAt,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {

    /** Polydesk keeps a purchase order as its number only. */
    public record PurchaseOrder(
            Long id, @JsonProperty("friendly_id") Long friendlyId, String number) {}
}
