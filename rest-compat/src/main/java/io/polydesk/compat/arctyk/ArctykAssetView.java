package io.polydesk.compat.arctyk;

import io.polydesk.domain.asset.Asset;

/** An asset with the names Arctyk shows instead of ids, resolved for a whole page at once. */
record ArctykAssetView(Asset asset, String type, String status, String location, String owner, String manufacturer) {}
