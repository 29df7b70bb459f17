package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.AssetDetail;
import io.polydesk.compat.arctyk.dto.AssetItem;
import io.polydesk.compat.support.CompatMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Assets into Arctyk's list row and detail shapes. */
@Mapper(config = CompatMapperConfig.class)
interface ArctykAssetConverter extends ArctykFormats {

    @Mapping(target = "id", source = "asset.id")
    @Mapping(target = "name", source = "asset.name")
    AssetItem toItem(ArctykAssetView view);

    @Mapping(target = "id", source = "asset.id")
    @Mapping(target = "name", source = "asset.name")
    @Mapping(target = "description", source = "asset.description")
    @Mapping(target = "manufacturer", source = "manufacturer")
    @Mapping(target = "model", source = "asset.model")
    @Mapping(target = "serialNumber", source = "asset.serialNumber")
    @Mapping(target = "createdAt", source = "asset.createdAt")
    @Mapping(target = "updatedAt", source = "asset.updatedAt")
    AssetDetail toDetail(ArctykAssetView view);
}
