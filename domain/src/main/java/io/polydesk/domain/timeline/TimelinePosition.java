package io.polydesk.domain.timeline;

import java.time.Instant;

/** A keyset position in a timeline: items strictly after (at, rank, id) follow it. */
public record TimelinePosition(Instant at, int rank, long id) {}
