package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetTag;
import io.polydesk.domain.catalog.Tag;

/** One asset-tag pair read flat, since an {@link AssetTag} has no id a nested result map could group by. */
public record AssetTagRow(long assetId, long tagId, String tagName) {

    public AssetTag toAssetTag() {
        return new AssetTag(assetId, new Tag(tagId, tagName));
    }
}
