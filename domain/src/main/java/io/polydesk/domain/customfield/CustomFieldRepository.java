package io.polydesk.domain.customfield;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Custom field definitions and their values on tickets. */
public interface CustomFieldRepository {

    List<CustomFieldDefinition> ticketFields();

    long insert(CustomFieldDefinition definition);

    boolean existsByKey(String key);

    List<CustomFieldValue> valuesOf(Collection<Long> ticketIds);

    /** Sets the given fields on the ticket; a null value removes the field. */
    void putValues(long ticketId, Map<Long, String> valuesByFieldId);
}
