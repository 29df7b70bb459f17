package io.polydesk.domain.organisation;

/** One member of a group or team, for loading the members of many groups in one query. */
public record Membership(long ownerId, long userId) {}
