package io.polydesk.domain.ticket;

/**
 * A sort the ticket listings offer; each has an index behind it. Ties break on the id. {@code SLA_DUE_AT} is the
 * earliest running SLA deadline ({@code Ticket.sla}'s nearest {@code dueAt}), tickets without one last either way.
 */
public record TicketOrder(Field field, boolean descending) {

    public enum Field {
        ID,
        CREATED_AT,
        UPDATED_AT,
        PRIORITY,
        SLA_DUE_AT
    }

    public static final TicketOrder NEWEST_FIRST = new TicketOrder(Field.CREATED_AT, true);
}
