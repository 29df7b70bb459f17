package io.polydesk.compat.arctyk.dto;

/**
 * One row of {@code GET /assets/}, exactly the document's fields: type and status are slugs, location a name and
 * owner an e-mail string.
 */
public record AssetItem(long id, String name, String type, String status, String location, String owner) {}
