package io.polydesk.domain.asset;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.catalog.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Sets an asset's tags by name, creating the tags that do not exist yet, on registration and on update. */
@Component
class AssetTagging {

    private final AssetRepository assets;
    private final CatalogRepository tags;

    AssetTagging(AssetRepository assets, CatalogRepository tags) {
        this.assets = assets;
        this.tags = tags;
    }

    void replace(long assetId, List<String> names) {
        assets.replaceTags(
                assetId,
                new LinkedHashSet<>(names.stream().map(String::strip).toList())
                        .stream().map(tags::ensureTag).map(Tag::id).distinct().toList());
    }
}
