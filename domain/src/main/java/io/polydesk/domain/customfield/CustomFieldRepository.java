package io.polydesk.domain.customfield;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Custom field definitions and their values, on tickets and on assets (each owner has its own fields). */
public interface CustomFieldRepository {

    List<CustomFieldDefinition> ticketFields();

    long insert(CustomFieldDefinition definition);

    boolean existsByKey(String key);

    List<CustomFieldValue> valuesOf(Collection<Long> ticketIds);

    /** Sets the given fields on the ticket; a null value removes the field. */
    void putValues(long ticketId, Map<Long, String> valuesByFieldId);

    List<CustomFieldDefinition> assetFields();

    /** Stores a definition that belongs to assets; keys stay unique across tickets and assets. */
    long insertAssetField(CustomFieldDefinition definition);

    List<AssetFieldValue> assetValuesOf(Collection<Long> assetIds);

    /** Sets the given fields on the asset; a null value removes the field. */
    void putAssetValues(long assetId, Map<Long, String> valuesByFieldId);
}
