package io.polydesk.api.graphql.time;

import io.polydesk.domain.time.TimeEntry;

/** The payload of the time entry mutations that leave an entry behind. */
public record TimeEntryPayload(TimeEntry timeEntry) {}
