package io.polydesk.domain.customfield;

/** One asset custom field's canonical value on one asset. */
public record AssetFieldValue(long assetId, long fieldId, String value) {}
