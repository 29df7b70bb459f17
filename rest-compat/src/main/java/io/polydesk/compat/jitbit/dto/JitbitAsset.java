package io.polydesk.compat.jitbit.dto;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An asset ({@code /api/Assets}, {@code /api/Asset}); {@code ModelName} is the asset's name, {@code Comments} its description. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitAsset(
        long itemID,
        String modelName,
        String manufacturer,
        Long manufacturerID,
        String type,
        Long typeID,
        String supplier,
        Long supplierID,
        String serialNumber,
        String location,
        Long locationID,
        String comments,
        Integer quantity,
        boolean disabled,
        List<JitbitUser> assignedUsers,
        List<CustomFieldValue> fields) {}
