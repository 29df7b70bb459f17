package io.polydesk.domain.ticket;

/** A sort the ticket listings offer; each has an index behind it. Ties break on the id. */
public record TicketOrder(Field field, boolean descending) {

    public enum Field {
        ID,
        CREATED_AT,
        UPDATED_AT,
        PRIORITY
    }

    public static final TicketOrder NEWEST_FIRST = new TicketOrder(Field.CREATED_AT, true);
}
