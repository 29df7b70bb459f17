package io.polydesk.api.graphql.asset;

import io.polydesk.domain.customfield.CustomFieldType;

/** One custom field's value on an asset, with the definition's key and name so clients need no second query. */
public record AssetCustomFieldValue(String key, String name, CustomFieldType type, String value) {}
