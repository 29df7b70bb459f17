package io.polydesk.domain.time;

/** The time logged on one ticket: all of it, and the billable part. */
public record TimeSpent(long ticketId, long minutes, long billableMinutes) {

    public static TimeSpent none(long ticketId) {
        return new TimeSpent(ticketId, 0, 0);
    }
}
