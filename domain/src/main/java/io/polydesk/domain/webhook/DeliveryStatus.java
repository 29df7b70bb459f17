package io.polydesk.domain.webhook;

/** Where a delivery stands: waiting (or being tried), through, or given up on. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
