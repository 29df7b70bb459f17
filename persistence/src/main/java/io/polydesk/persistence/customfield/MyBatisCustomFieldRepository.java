package io.polydesk.persistence.customfield;

import io.polydesk.domain.customfield.AssetFieldValue;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.persistence.support.GeneratedId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** Custom field definitions (with their dropdown options) and the values tickets and assets hold. */
@Repository
public class MyBatisCustomFieldRepository implements CustomFieldRepository {

    private final CustomFieldMapper mapper;

    public MyBatisCustomFieldRepository(CustomFieldMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<CustomFieldDefinition> ticketFields() {
        return mapper.ticketFields().stream().map(CustomFieldRow::toDefinition).toList();
    }

    @Override
    public long insert(CustomFieldDefinition definition) {
        GeneratedId key = new GeneratedId();
        mapper.insert(definition, key);
        if (!definition.options().isEmpty()) {
            mapper.insertOptions(key.value(), definition.options());
        }
        return key.value();
    }

    @Override
    public boolean existsByKey(String key) {
        return mapper.existsByKey(key);
    }

    @Override
    public List<CustomFieldValue> valuesOf(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.valuesOf(ticketIds);
    }

    /** A portable upsert: every named field's old value goes, then the non-null new ones go in, two statements. */
    @Override
    public void putValues(long ticketId, Map<Long, String> valuesByFieldId) {
        if (valuesByFieldId.isEmpty()) {
            return;
        }
        mapper.deleteValues(ticketId, valuesByFieldId.keySet());
        Map<Long, String> present = new LinkedHashMap<>();
        valuesByFieldId.forEach((fieldId, value) -> {
            if (value != null) {
                present.put(fieldId, value);
            }
        });
        if (!present.isEmpty()) {
            mapper.insertValues(ticketId, present);
        }
    }

    @Override
    public List<CustomFieldDefinition> assetFields() {
        return mapper.assetFields().stream().map(CustomFieldRow::toDefinition).toList();
    }

    @Override
    public long insertAssetField(CustomFieldDefinition definition) {
        GeneratedId key = new GeneratedId();
        mapper.insertAssetField(definition, key);
        if (!definition.options().isEmpty()) {
            mapper.insertOptions(key.value(), definition.options());
        }
        return key.value();
    }

    @Override
    public List<AssetFieldValue> assetValuesOf(Collection<Long> assetIds) {
        return assetIds.isEmpty() ? List.of() : mapper.assetValuesOf(assetIds);
    }

    @Override
    public void putAssetValues(long assetId, Map<Long, String> valuesByFieldId) {
        if (valuesByFieldId.isEmpty()) {
            return;
        }
        mapper.deleteAssetValues(assetId, valuesByFieldId.keySet());
        Map<Long, String> present = new LinkedHashMap<>();
        valuesByFieldId.forEach((fieldId, value) -> {
            if (value != null) {
                present.put(fieldId, value);
            }
        });
        if (!present.isEmpty()) {
            mapper.insertAssetValues(assetId, present);
        }
    }
}
