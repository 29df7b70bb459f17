package io.polydesk.domain.ticketview;

/**
 * What a ticket shape can show beside the ticket row itself. A detail asks for the facets it shows, and gets all of
 * them from one statement ({@link TicketFacetRepository}), not one query each.
 */
public enum TicketFacet {
    /** The ticket's tags, by name. */
    TAGS,
    /** The ticket's custom field values, by field. */
    CUSTOM_FIELDS,
    /** The company the ticket is filed under. */
    COMPANY,
    /** The sub-tickets the caller may see. */
    CHILDREN,
    /** Minutes logged, in all and billable; staff only. */
    TIME_TOTALS,
    /** Files of the ticket and of the comments the caller may see. */
    FILES,
    /** Company and department of the ticket's requester and assignee. */
    PEOPLE_ORGANISATIONS,
    /** The ticket's tasks; staff only. */
    TASKS,
    /** The first time entries of the ticket, by date; staff only. */
    TIME_ENTRIES,
    /** The live assets linked to the ticket that the caller may see. */
    ASSETS,
    /** The live teams the ticket and its tasks are given to; staff only. */
    TEAMS
}
