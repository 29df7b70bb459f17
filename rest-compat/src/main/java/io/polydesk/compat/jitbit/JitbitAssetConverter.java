package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitAsset;
import io.polydesk.compat.support.CompatMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Assets into Jitbit's Asset; an archived asset is {@code Disabled}. */
@Mapper(config = CompatMapperConfig.class)
interface JitbitAssetConverter {

    @Mapping(target = "itemID", source = "asset.id")
    @Mapping(target = "modelName", source = "asset.name")
    @Mapping(target = "manufacturer", source = "manufacturer.name")
    @Mapping(target = "manufacturerID", source = "manufacturer.id")
    @Mapping(target = "type", source = "type.name")
    @Mapping(target = "typeID", source = "type.id")
    @Mapping(target = "supplier", source = "supplier.name")
    @Mapping(target = "supplierID", source = "supplier.id")
    @Mapping(target = "serialNumber", source = "asset.serialNumber")
    @Mapping(target = "location", source = "location.name")
    @Mapping(target = "locationID", source = "location.id")
    @Mapping(target = "comments", source = "asset.description")
    @Mapping(target = "quantity", source = "asset.quantity")
    @Mapping(target = "disabled", source = "asset.archived")
    @Mapping(target = "assignedUsers", source = "assignedUsers")
    @Mapping(target = "fields", source = "fields")
    JitbitAsset toAsset(JitbitAssetView view);
}
