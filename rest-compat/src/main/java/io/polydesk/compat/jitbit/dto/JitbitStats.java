package io.polydesk.compat.jitbit.dto;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** {@code /api/Stats}: counts of the tickets the caller may see. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitStats(
        long totalTickets,
        long closed,
        long inProcess,
        long newTickets,
        long unanswered,
        long unassigned,
        long unclosed) {}
