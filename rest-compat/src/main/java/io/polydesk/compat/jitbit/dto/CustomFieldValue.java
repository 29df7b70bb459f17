package io.polydesk.compat.jitbit.dto;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A custom field with its value on one ticket or asset ({@code TicketCustomFields}). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record CustomFieldValue(
        long fieldID,
        String fieldName,
        String value,
        String valueWithOption,
        Integer optionID,
        int type,
        boolean mandatory,
        List<String> selectionComboOptions) {}
