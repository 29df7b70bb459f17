package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.CustomFieldValue;
import io.polydesk.compat.jitbit.dto.JitbitUser;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.Location;
import java.util.List;

/** An asset with its named lookups (each may be null), assigned users and custom field values. */
record JitbitAssetView(
        Asset asset,
        AssetVendor manufacturer,
        AssetType type,
        AssetVendor supplier,
        Location location,
        List<JitbitUser> assignedUsers,
        List<CustomFieldValue> fields) {}
