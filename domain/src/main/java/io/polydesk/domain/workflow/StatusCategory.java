package io.polydesk.domain.workflow;

/** The three phases every dialect's statuses fall into. */
public enum StatusCategory {
    TODO,
    IN_PROGRESS,
    DONE
}
