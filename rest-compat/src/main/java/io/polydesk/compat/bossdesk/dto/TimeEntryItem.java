package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Minutes logged on a ticket; {@code date} is {@code YYYY-MM-DD}. */
public record TimeEntryItem(
        long id,
        @JsonProperty("task_id") Long taskId,
        String date,
        int duration,
        boolean billable,
        String note,
        PersonRef agent,
        TaskRef task) {}
