package io.polydesk.domain.event;

import java.time.Instant;
import java.util.Map;

/**
 * One change as the event log keeps it. {@code id} is 0 until the log assigns it; ids grow with every append.
 * {@code objectId} is the comment, attachment, merged ticket or user the event is about, when it is not the
 * ticket itself; {@code internal} events are for staff only. The payload holds plain values (text, numbers,
 * booleans and lists of them), never anything a customer of the ticket may not read unless {@code internal}.
 */
public record DomainEvent(
        long id,
        EventType type,
        Instant occurredAt,
        Long actorId,
        Long ticketId,
        Long projectId,
        Long objectId,
        boolean internal,
        Map<String, Object> payload) {

    public DomainEvent {
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }

    /** An event about nothing in particular yet; the {@code with} copies say what it is about. */
    public static DomainEvent of(EventType type, Instant occurredAt, Long actorId) {
        return new DomainEvent(0, type, occurredAt, actorId, null, null, null, false, Map.of());
    }

    public DomainEvent withId(long value) {
        return new DomainEvent(value, type, occurredAt, actorId, ticketId, projectId, objectId, internal, payload);
    }

    public DomainEvent withTicket(Long ticket, Long project) {
        return new DomainEvent(id, type, occurredAt, actorId, ticket, project, objectId, internal, payload);
    }

    public DomainEvent withObject(Long value) {
        return new DomainEvent(id, type, occurredAt, actorId, ticketId, projectId, value, internal, payload);
    }

    public DomainEvent withInternal(boolean value) {
        return new DomainEvent(id, type, occurredAt, actorId, ticketId, projectId, objectId, value, payload);
    }

    public DomainEvent withPayload(Map<String, Object> value) {
        return new DomainEvent(id, type, occurredAt, actorId, ticketId, projectId, objectId, internal, value);
    }
}
