package io.polydesk.domain.ticket;

/**
 * The teams tickets and tasks are routed to. Teams belong to the organisation feature, which itself listens to
 * ticket events, so, as with {@link TicketCompanies}, the ticket code reaches them through this port and the
 * dependency runs one way.
 */
public interface TicketTeams {

    /** Whether the team exists and is not archived. */
    boolean isLive(long teamId);
}
