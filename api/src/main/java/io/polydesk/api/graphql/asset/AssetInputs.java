package io.polydesk.api.graphql.asset;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.asset.UpdateAsset;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.shared.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;

/** The asset arguments and inputs of the schema, and how each becomes a domain command or filter. */
final class AssetInputs {

    private AssetInputs() {}

    enum AssetOrderField {
        ID,
        NAME,
        CREATED_AT,
        UPDATED_AT
    }

    enum SortDirection {
        ASC,
        DESC
    }

    record AssetFilterInput(
            String typeId,
            String statusId,
            String locationId,
            String ownerId,
            String assignedUserId,
            String tag,
            String text) {

        AssetFilter toFilter() {
            return AssetFilter.builder()
                    .typeId(Ids.parse(typeId, "filter.typeId"))
                    .statusId(Ids.parse(statusId, "filter.statusId"))
                    .locationId(Ids.parse(locationId, "filter.locationId"))
                    .ownerId(Ids.parse(ownerId, "filter.ownerId"))
                    .assignedUserId(Ids.parse(assignedUserId, "filter.assignedUserId"))
                    .tag(tag)
                    .text(text)
                    .build();
        }
    }

    record AssetOrderInput(AssetOrderField field, SortDirection direction) {

        AssetOrder toOrder() {
            AssetOrder.Field f = field == null ? AssetOrder.Field.CREATED_AT : AssetOrder.Field.valueOf(field.name());
            return new AssetOrder(f, direction != SortDirection.ASC);
        }
    }

    record CustomFieldInput(String key, String value) {

        /** In input order, the last value winning for a repeated key; null values kept (they clear a field). */
        static Map<String, String> toMap(List<CustomFieldInput> fields) {
            Map<String, String> values = new LinkedHashMap<>();
            if (fields != null) {
                fields.forEach(f -> values.put(f.key(), f.value()));
            }
            return values;
        }
    }

    static List<Long> userIds(List<String> raw, String path) {
        List<Long> ids = new ArrayList<>();
        if (raw != null) {
            for (String id : raw) {
                ids.add(Ids.require(id, path));
            }
        }
        return ids;
    }

    record CreateAssetInput(
            String name,
            String description,
            String typeId,
            String statusId,
            String locationId,
            String manufacturerId,
            String model,
            String serialNumber,
            String controlNumber,
            String supplierId,
            Integer quantity,
            String ownerId,
            String purchaseOrder,
            Boolean online,
            Map<String, Object> inventory,
            List<String> assignedUserIds,
            List<String> tags,
            List<CustomFieldInput> customFields) {

        CreateAsset toCommand() {
            Map<String, String> values = CustomFieldInput.toMap(customFields);
            // On a new asset a null value means "not set"; the command keeps only values.
            values.values().removeIf(v -> v == null);
            return CreateAsset.builder()
                    .name(name)
                    .description(description)
                    .typeId(Ids.parse(typeId, "input.typeId"))
                    .statusId(Ids.parse(statusId, "input.statusId"))
                    .locationId(Ids.parse(locationId, "input.locationId"))
                    .manufacturerId(Ids.parse(manufacturerId, "input.manufacturerId"))
                    .model(model)
                    .serialNumber(serialNumber)
                    .controlNumber(controlNumber)
                    .supplierId(Ids.parse(supplierId, "input.supplierId"))
                    .quantity(quantity)
                    .ownerId(Ids.parse(ownerId, "input.ownerId"))
                    .purchaseOrder(purchaseOrder)
                    .online(Boolean.TRUE.equals(online))
                    .inventory(inventory)
                    .userIds(userIds(assignedUserIds, "input.assignedUserIds"))
                    .tags(tags)
                    .customFields(values)
                    .build();
        }
    }

    record UpdateAssetInput(
            String id,
            Integer lockVersion,
            ArgumentValue<String> name,
            ArgumentValue<String> description,
            ArgumentValue<String> typeId,
            ArgumentValue<String> statusId,
            ArgumentValue<String> locationId,
            ArgumentValue<String> manufacturerId,
            ArgumentValue<String> model,
            ArgumentValue<String> serialNumber,
            ArgumentValue<String> controlNumber,
            ArgumentValue<String> supplierId,
            ArgumentValue<Integer> quantity,
            ArgumentValue<String> ownerId,
            ArgumentValue<String> purchaseOrder,
            ArgumentValue<Boolean> online,
            ArgumentValue<Map<String, Object>> inventory,
            ArgumentValue<List<String>> assignedUserIds,
            ArgumentValue<List<String>> tags,
            ArgumentValue<List<CustomFieldInput>> customFields) {

        UpdateAsset toCommand() {
            return UpdateAsset.builder()
                    .name(Changes.of(name))
                    .description(Changes.of(description))
                    .typeId(Changes.of(typeId, raw -> Ids.parse(raw, "input.typeId")))
                    .statusId(Changes.of(statusId, raw -> Ids.parse(raw, "input.statusId")))
                    .locationId(Changes.of(locationId, raw -> Ids.parse(raw, "input.locationId")))
                    .manufacturerId(Changes.of(manufacturerId, raw -> Ids.parse(raw, "input.manufacturerId")))
                    .model(Changes.of(model))
                    .serialNumber(Changes.of(serialNumber))
                    .controlNumber(Changes.of(controlNumber))
                    .supplierId(Changes.of(supplierId, raw -> Ids.parse(raw, "input.supplierId")))
                    .quantity(Changes.of(quantity))
                    .ownerId(Changes.of(ownerId, raw -> Ids.parse(raw, "input.ownerId")))
                    .purchaseOrder(Changes.of(purchaseOrder))
                    .online(Changes.of(online))
                    .inventory(Changes.of(inventory))
                    // A null list assigns nobody, as an empty one does.
                    .userIds(Changes.of(assignedUserIds, raw -> userIds(raw, "input.assignedUserIds")))
                    .tags(Changes.of(tags))
                    // A null list names no field, so there is nothing to change; null values inside it clear.
                    .customFields(
                            customFields == null || customFields.value() == null
                                    ? Change.keep()
                                    : Change.to(CustomFieldInput.toMap(customFields.value())))
                    .expectedLockVersion(lockVersion)
                    .build();
        }
    }

    record ArchiveAssetInput(String id, Integer lockVersion) {}

    record AssignAssetInput(String id, String userId) {}

    record AddAssetNoteInput(String assetId, String content) {}

    record EditAssetNoteInput(String id, String content) {}

    record DeleteAssetNoteInput(String id) {}

    record CreateAssetTypeInput(String name, String parentId, String icon) {}

    record CreateLocationInput(String name, String parentId) {}

    record DefineAssetCustomFieldInput(
            String key, String name, CustomFieldType type, List<String> options, Boolean required) {}
}
