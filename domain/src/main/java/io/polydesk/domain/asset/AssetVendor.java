package io.polydesk.domain.asset;

import java.time.Instant;

/**
 * A manufacturer or supplier, managed lookup data that assets refer to by id. Names are unique ignoring case
 * within their kind; an archived one stays on the assets that name it but is not offered for new ones.
 */
public record AssetVendor(
        long id, VendorKind kind, String name, boolean archived, Instant createdAt, Instant updatedAt) {}
