package io.polydesk.domain.sla;

/** Where one target of a ticket stands. */
public enum SlaState {
    /** The clock runs and the deadline has not passed. */
    ACTIVE,
    /** Done in time. */
    MET,
    /** The deadline passed before it was done, or it is still not done. */
    BREACHED,
    /** The ticket is pending: the clock stands still. */
    PAUSED
}
