package io.polydesk.compat.jitbit.dto;

/** The answer to creating an asset: {@code {"id": N}}, an object, unlike the bare id of a new ticket. */
public record AssetCreated(long id) {}
