package io.polydesk.persistence.customfield;

import io.polydesk.domain.customfield.AssetFieldValue;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.persistence.support.GeneratedId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for custom field definitions, their options and values; statements live in {@code CustomFieldMapper.xml}. */
@Mapper
public interface CustomFieldMapper {

    List<CustomFieldRow> ticketFields();

    void insert(@Param("field") CustomFieldDefinition field, @Param("key") GeneratedId key);

    void insertOptions(@Param("fieldId") long fieldId, @Param("options") List<String> options);

    boolean existsByKey(@Param("key") String key);

    List<CustomFieldValue> valuesOf(@Param("ticketIds") Collection<Long> ticketIds);

    void deleteValues(@Param("ticketId") long ticketId, @Param("fieldIds") Collection<Long> fieldIds);

    void insertValues(@Param("ticketId") long ticketId, @Param("values") Map<Long, String> valuesByFieldId);

    List<CustomFieldRow> assetFields();

    void insertAssetField(@Param("field") CustomFieldDefinition field, @Param("key") GeneratedId key);

    List<AssetFieldValue> assetValuesOf(@Param("assetIds") Collection<Long> assetIds);

    void deleteAssetValues(@Param("assetId") long assetId, @Param("fieldIds") Collection<Long> fieldIds);

    void insertAssetValues(@Param("assetId") long assetId, @Param("values") Map<Long, String> valuesByFieldId);
}
