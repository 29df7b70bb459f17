package io.polydesk.compat.jitbit.dto;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One of a ticket's {@code Tags}. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record TicketTag(long tagID, String name, int tagCount) {}
