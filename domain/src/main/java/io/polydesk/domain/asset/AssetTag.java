package io.polydesk.domain.asset;

import io.polydesk.domain.catalog.Tag;

/** One tag on one asset, as batch reads return them. */
public record AssetTag(long assetId, Tag tag) {}
