package io.polydesk.domain.ticketview;

import io.polydesk.domain.asset.AssetTicket;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.TicketCompany;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.relation.TicketParent;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.ticket.TicketTag;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeSpent;
import java.util.List;

/**
 * The rows of the facets asked for, as stored, each list in the order its own query would give; a facet not asked
 * for is empty. Visibility beyond what the request said (internal files, staff-only facets) is the caller's.
 */
public record TicketFacetRows(
        List<TicketTag> tags,
        List<CustomFieldValue> customFields,
        List<TicketCompany> companies,
        List<TicketParent> children,
        List<TimeSpent> timeTotals,
        List<Attachment> files,
        List<UserOrganisation> peopleOrganisations,
        List<Task> tasks,
        List<TimeEntry> timeEntries,
        List<AssetTicket> assetLinks,
        List<AgentTeam> teams) {}
