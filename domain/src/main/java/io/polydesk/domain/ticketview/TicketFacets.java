package io.polydesk.domain.ticketview;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeSpent;
import java.util.List;
import java.util.Map;

/**
 * The facets of a batch of tickets, as the caller may see them. Each accessor answers empty (or null) for a ticket
 * without that facet and for a facet that was not asked for or is not the caller's to see.
 */
public record TicketFacets(
        Map<Long, List<Tag>> tags,
        Map<Long, List<CustomFieldValue>> customFields,
        Map<Long, Long> companyIds,
        Map<Long, List<Ticket>> children,
        Map<Long, TimeSpent> timeTotals,
        Map<Long, List<Attachment>> files,
        Map<Long, UserOrganisation> organisations,
        Map<Long, List<Task>> tasks,
        Map<Long, List<TimeEntry>> timeEntries,
        Map<Long, List<Asset>> assets,
        Map<Long, AgentTeam> teams) {

    public List<Tag> tagsOf(long ticketId) {
        return tags.getOrDefault(ticketId, List.of());
    }

    public List<CustomFieldValue> customFieldsOf(long ticketId) {
        return customFields.getOrDefault(ticketId, List.of());
    }

    /** Null when the ticket is filed under no company. */
    public Long companyIdOf(long ticketId) {
        return companyIds.get(ticketId);
    }

    public List<Ticket> childrenOf(long ticketId) {
        return children.getOrDefault(ticketId, List.of());
    }

    /** Null for a caller who may not see time; zero minutes for a ticket without entries. */
    public TimeSpent timeSpentOf(long ticketId) {
        return timeTotals.get(ticketId);
    }

    /** Files of the ticket and of its comments the caller may see, oldest first. */
    public List<Attachment> filesOf(long ticketId) {
        return files.getOrDefault(ticketId, List.of());
    }

    /** The company and department of a ticket's requester or assignee; null for anyone else. */
    public UserOrganisation organisationOf(long userId) {
        return organisations.get(userId);
    }

    public List<Task> tasksOf(long ticketId) {
        return tasks.getOrDefault(ticketId, List.of());
    }

    public List<TimeEntry> timeEntriesOf(long ticketId) {
        return timeEntries.getOrDefault(ticketId, List.of());
    }

    public List<Asset> assetsOf(long ticketId) {
        return assets.getOrDefault(ticketId, List.of());
    }
}
