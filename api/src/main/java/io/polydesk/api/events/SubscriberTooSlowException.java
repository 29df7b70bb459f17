package io.polydesk.api.events;

/** A subscriber let more events wait than its buffer holds; it is disconnected and may resume with its last id. */
public class SubscriberTooSlowException extends RuntimeException {

    public SubscriberTooSlowException(int buffer) {
        super("More than " + buffer + " events were waiting for this subscriber; resume with the last id received");
    }
}
