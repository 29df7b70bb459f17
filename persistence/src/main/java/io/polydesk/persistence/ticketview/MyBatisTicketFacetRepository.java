package io.polydesk.persistence.ticketview;

import io.polydesk.domain.asset.AssetTicket;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.OwnerKind;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.TicketCompany;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.relation.TicketParent;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.ticket.TicketTag;
import io.polydesk.domain.ticketview.TicketFacet;
import io.polydesk.domain.ticketview.TicketFacetRepository;
import io.polydesk.domain.ticketview.TicketFacetRows;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeSpent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;

/** Sorts the rows of the one facet statement back into the domain's records, facet by facet. */
@Repository
public class MyBatisTicketFacetRepository implements TicketFacetRepository {

    private final TicketFacetMapper mapper;

    public MyBatisTicketFacetRepository(TicketFacetMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public TicketFacetRows load(
            Collection<Long> ticketIds,
            Set<TicketFacet> facets,
            boolean includeInternalFiles,
            int timeEntriesPerTicket) {
        List<TicketTag> tags = new ArrayList<>();
        List<CustomFieldValue> fields = new ArrayList<>();
        List<TicketCompany> companies = new ArrayList<>();
        List<TicketParent> children = new ArrayList<>();
        List<TimeSpent> totals = new ArrayList<>();
        List<Attachment> files = new ArrayList<>();
        List<UserOrganisation> organisations = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<TimeEntry> entries = new ArrayList<>();
        List<AssetTicket> assets = new ArrayList<>();
        List<AgentTeam> teams = new ArrayList<>();
        if (!ticketIds.isEmpty() && !facets.isEmpty()) {
            Set<String> names = facets.stream().map(Enum::name).collect(Collectors.toSet());
            for (FacetRow r : mapper.load(ticketIds, names, includeInternalFiles, timeEntriesPerTicket)) {
                switch (TicketFacet.valueOf(r.kind.strip())) {
                    case TAGS -> tags.add(new TicketTag(r.ticketId, new Tag(r.id, r.text1)));
                    case CUSTOM_FIELDS -> fields.add(new CustomFieldValue(r.ticketId, r.id, r.text1));
                    case COMPANY -> companies.add(new TicketCompany(r.ticketId, r.id));
                    case CHILDREN -> children.add(new TicketParent(r.id, r.ticketId));
                    case TIME_TOTALS -> totals.add(new TimeSpent(r.ticketId, r.number1, r.number2));
                    case FILES ->
                        files.add(new Attachment(
                                r.id,
                                OwnerKind.valueOf(r.text5),
                                r.ref1,
                                r.ticketId,
                                r.text1,
                                r.text2,
                                r.number1,
                                r.text3,
                                r.text4,
                                r.ref2,
                                r.time1));
                    case PEOPLE_ORGANISATIONS -> organisations.add(new UserOrganisation(r.id, r.ref1, r.ref2));
                    case TASKS ->
                        tasks.add(new Task(
                                r.id,
                                r.ticketId,
                                r.ref1,
                                r.ref2,
                                r.ref3,
                                r.text1,
                                r.text2,
                                r.time1,
                                r.time2,
                                r.time3,
                                r.time4));
                    case TIME_ENTRIES ->
                        entries.add(new TimeEntry(
                                r.id,
                                r.ticketId,
                                r.ref1,
                                r.ref2,
                                r.workDay,
                                r.number1.intValue(),
                                Boolean.TRUE.equals(r.flag),
                                r.text1,
                                r.time1,
                                r.time2));
                    case ASSETS -> assets.add(new AssetTicket(r.id, r.ticketId, r.time1));
                    case TEAMS ->
                        teams.add(new AgentTeam(r.id, r.text1, r.text2, Boolean.TRUE.equals(r.flag), r.time1, r.time2));
                }
            }
        }
        return new TicketFacetRows(
                tags, fields, companies, children, totals, files, organisations, tasks, entries, assets, teams);
    }
}
