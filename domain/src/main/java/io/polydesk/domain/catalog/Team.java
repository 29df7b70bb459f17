package io.polydesk.domain.catalog;

/** A group of agents that tickets can be routed to. */
public record Team(long id, String name) {}
