package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitAttachment;
import io.polydesk.compat.jitbit.dto.JitbitUser;
import io.polydesk.compat.jitbit.dto.TicketDetail;
import io.polydesk.compat.jitbit.dto.TicketSummary;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.relation.RelationQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticketview.TicketFacet;
import io.polydesk.domain.ticketview.TicketFacetQueries;
import io.polydesk.domain.ticketview.TicketFacets;
import io.polydesk.domain.time.TimeSpent;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.workflow.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Loads what Jitbit's ticket shapes point at for a whole page in a fixed number of queries (people, projects,
 * companies, sub-tickets, and custom fields when asked); the detail reads its facets in one statement.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitTicketViews {

    private final TicketQueries tickets;
    private final UserQueries users;
    private final ProjectService projects;
    private final OrganisationQueries organisations;
    private final RelationQueries relations;
    private final TicketFacetQueries facets;
    private final JitbitUserViews userViews;
    private final JitbitCustomFields customFields;
    private final JitbitAttachmentConverter attachmentConverter;
    private final JitbitCodes codes;
    private final JitbitTicketConverter converter;

    JitbitTicketViews(
            TicketQueries tickets,
            UserQueries users,
            ProjectService projects,
            OrganisationQueries organisations,
            RelationQueries relations,
            TicketFacetQueries facets,
            JitbitUserViews userViews,
            JitbitCustomFields customFields,
            JitbitAttachmentConverter attachmentConverter,
            JitbitCodes codes,
            JitbitTicketConverter converter) {
        this.tickets = tickets;
        this.users = users;
        this.projects = projects;
        this.organisations = organisations;
        this.relations = relations;
        this.facets = facets;
        this.userViews = userViews;
        this.customFields = customFields;
        this.attachmentConverter = attachmentConverter;
        this.codes = codes;
        this.converter = converter;
    }

    List<TicketSummary> summaries(Actor actor, List<Ticket> page, boolean includeCustomFields) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Ticket::id).toList();
        Map<Long, User> people = people(actor, page);
        Map<Long, Project> projectsById = projects(page);
        Map<Long, Long> companyIds = organisations.ticketCompanyIds(ids);
        Map<Long, Company> companies = organisations.companiesByIds(
                actor, companyIds.values().stream().distinct().toList());
        Map<Long, List<Ticket>> children = relations.childrenOf(actor, ids);
        Map<Long, List<io.polydesk.compat.jitbit.dto.CustomFieldValue>> fields =
                includeCustomFields ? customFields.ofTickets(actor, ids, false) : Map.of();
        return page.stream()
                .map(t -> converter.toSummary(view(
                        t,
                        people,
                        projectsById,
                        companyIds.get(t.id()) == null ? null : companies.get(companyIds.get(t.id())),
                        children.containsKey(t.id()),
                        includeCustomFields ? fields.getOrDefault(t.id(), List.of()) : null,
                        null,
                        false)))
                .toList();
    }

    /**
     * The detail in four round trips at most: the ticket (already read), its people, then its company, sub-tickets,
     * files, time, tags and its people's places in one statement, then the companies and departments those name
     * (none when there are none).
     */
    TicketDetail detail(Actor actor, Ticket t) {
        Map<Long, User> people = people(actor, List.of(t));
        TicketFacets facets = this.facets.of(
                actor,
                List.of(t.id()),
                EnumSet.of(
                        TicketFacet.COMPANY,
                        TicketFacet.CHILDREN,
                        TicketFacet.FILES,
                        TicketFacet.TIME_TOTALS,
                        TicketFacet.TAGS,
                        TicketFacet.PEOPLE_ORGANISATIONS));
        Long companyId = facets.companyIdOf(t.id());
        List<User> shown = new ArrayList<>();
        Map<Long, UserOrganisation> places = new HashMap<>();
        for (Long id : Arrays.asList(t.requesterId(), t.assigneeId())) {
            User person = id == null ? null : people.get(id);
            if (person != null && !places.containsKey(person.id())) {
                shown.add(person);
                UserOrganisation place = facets.organisationOf(person.id());
                places.put(person.id(), place == null ? new UserOrganisation(person.id(), null, null) : place);
            }
        }
        Set<Long> companyIds = new HashSet<>(JitbitUserViews.companyIds(places.values()));
        if (companyId != null) {
            companyIds.add(companyId);
        }
        Map<Long, Company> companies =
                companyIds.isEmpty() ? Map.of() : organisations.companiesByIds(actor, companyIds);
        Company company = companyId == null ? null : companies.get(companyId);
        Map<Long, JitbitUser> infos = new HashMap<>();
        List<JitbitUser> converted = userViews.all(actor, shown, places, companies);
        for (int i = 0; i < shown.size(); i++) {
            infos.put(shown.get(i).id(), converted.get(i));
        }
        boolean hasChildren = !facets.childrenOf(t.id()).isEmpty();
        JitbitTicketView base = view(t, people, projects(List.of(t)), company, hasChildren, null, actor, true);
        List<JitbitAttachment> files = facets.filesOf(t.id()).stream()
                .map(attachmentConverter::toAttachment)
                .toList();
        TimeSpent spent = facets.timeSpentOf(t.id());
        return converter.toDetail(new JitbitTicketView(
                t,
                base.statusId(),
                base.statusName(),
                base.priority(),
                base.origin(),
                base.requester(),
                base.assignee(),
                base.project(),
                company,
                hasChildren,
                null,
                facets.tagsOf(t.id()),
                files,
                base.requester() == null ? null : infos.get(base.requester().id()),
                base.assignee() == null ? null : infos.get(base.assignee().id()),
                spent == null ? 0 : spent.minutes() * 60,
                t.requesterId() == actor.userId(),
                actor.isStaff()));
    }

    private JitbitTicketView view(
            Ticket t,
            Map<Long, User> people,
            Map<Long, Project> projectsById,
            Company company,
            boolean hasChildren,
            List<io.polydesk.compat.jitbit.dto.CustomFieldValue> fields,
            Actor actor,
            boolean detail) {
        Status status = tickets.status(t);
        return new JitbitTicketView(
                t,
                codes.statusId(status),
                codes.statusName(status),
                codes.priority(tickets.priority(t)),
                codes.originName(t.source()),
                people.get(t.requesterId()),
                t.assigneeId() == null ? null : people.get(t.assigneeId()),
                t.projectId() == null ? null : projectsById.get(t.projectId()),
                company,
                hasChildren,
                fields,
                List.of(),
                List.of(),
                null,
                null,
                0,
                actor != null && t.requesterId() == actor.userId(),
                detail && actor != null && actor.isStaff());
    }

    private Map<Long, User> people(Actor actor, List<Ticket> page) {
        Set<Long> ids = new HashSet<>();
        for (Ticket t : page) {
            ids.add(t.requesterId());
            if (t.assigneeId() != null) {
                ids.add(t.assigneeId());
            }
        }
        return users.byIds(actor, ids);
    }

    private Map<Long, Project> projects(List<Ticket> page) {
        List<Long> ids = page.stream()
                .map(Ticket::projectId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return ids.isEmpty() ? Map.of() : projects.byIds(ids);
    }
}
