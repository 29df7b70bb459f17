package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.AttachmentRef;
import io.polydesk.compat.bossdesk.dto.CategoryRef;
import io.polydesk.compat.bossdesk.dto.CiRef;
import io.polydesk.compat.bossdesk.dto.CommentItem;
import io.polydesk.compat.bossdesk.dto.MyPersonRef;
import io.polydesk.compat.bossdesk.dto.NamedRef;
import io.polydesk.compat.bossdesk.dto.PersonRef;
import io.polydesk.compat.bossdesk.dto.PriorityRef;
import io.polydesk.compat.bossdesk.dto.RequesterRef;
import io.polydesk.compat.bossdesk.dto.TaskItem;
import io.polydesk.compat.bossdesk.dto.TaskRef;
import io.polydesk.compat.bossdesk.dto.TicketDetail;
import io.polydesk.compat.bossdesk.dto.TicketListItem;
import io.polydesk.compat.bossdesk.dto.TimeEntryItem;
import io.polydesk.compat.bossdesk.dto.TypeRef;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.catalog.CatalogQueries;
import io.polydesk.domain.catalog.TicketType;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskQueries;
import io.polydesk.domain.task.TaskType;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticketview.TicketFacet;
import io.polydesk.domain.ticketview.TicketFacetQueries;
import io.polydesk.domain.ticketview.TicketFacets;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds BOSSDesk's ticket shapes from the domain's reads: a query per kind of related object for a whole page,
 * never one per ticket. What the caller may see (internal comments, tasks, time) is decided by the queries.
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskTicketViews {

    private final TicketQueries tickets;
    private final UserQueries users;
    private final CatalogQueries catalog;
    private final ProjectService projects;
    private final CommentQueries comments;
    private final TicketFacetQueries facets;
    private final TaskQueries tasks;
    private final OrganisationQueries organisation;
    private final CustomFieldService customFields;
    private final AssetCatalogQueries assets;
    private final BossDeskUserConverter people;

    BossDeskTicketViews(
            TicketQueries tickets,
            UserQueries users,
            CatalogQueries catalog,
            ProjectService projects,
            CommentQueries comments,
            TicketFacetQueries facets,
            TaskQueries tasks,
            OrganisationQueries organisation,
            CustomFieldService customFields,
            AssetCatalogQueries assets,
            BossDeskUserConverter people) {
        this.tickets = tickets;
        this.users = users;
        this.catalog = catalog;
        this.projects = projects;
        this.comments = comments;
        this.facets = facets;
        this.tasks = tasks;
        this.organisation = organisation;
        this.customFields = customFields;
        this.assets = assets;
        this.people = people;
    }

    static long friendlyId(Ticket ticket) {
        String number = ticket.number();
        if (number != null) {
            String digits = number.substring(number.lastIndexOf('-') + 1);
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                // a number not of Polydesk's own making: fall back to the id it was derived from
            }
        }
        return ticket.id();
    }

    List<TicketListItem> items(List<Ticket> page) {
        Map<Long, User> persons = users.byIds(personIds(page));
        Map<Long, TicketType> types = catalog.ticketTypesByIds(ids(page, Ticket::typeId));
        Map<Long, Project> categories = projects.byIds(ids(page, Ticket::projectId));
        return page.stream()
                .map(t -> new TicketListItem(
                        t.id(),
                        friendlyId(t),
                        t.title(),
                        BossDeskStatuses.of(tickets.status(t)),
                        BossDeskFormats.time(t.dueDate()),
                        type(types, t.typeId()),
                        priority(tickets.priority(t)),
                        category(categories, t.projectId()),
                        status(tickets.status(t)),
                        ref(persons, t.requesterId()),
                        ref(persons, t.assigneeId())))
                .toList();
    }

    /**
     * The detail in four round trips: the ticket (already read), the comments the caller may see, every other facet
     * in one statement (tasks, time entries, files, teams, custom fields, tags, linked assets), then the people all
     * of those name. Task types, asset types and statuses cost one more each only when the ticket has any.
     */
    TicketDetail detail(Actor actor, Ticket t) {
        List<Long> ticketIds = List.of(t.id());
        List<Comment> visibleComments = comments.ofShownTicket(actor, t);
        TicketFacets facets = this.facets.of(
                actor,
                ticketIds,
                EnumSet.of(
                        TicketFacet.TASKS,
                        TicketFacet.TIME_ENTRIES,
                        TicketFacet.FILES,
                        TicketFacet.TEAMS,
                        TicketFacet.CUSTOM_FIELDS,
                        TicketFacet.TAGS,
                        TicketFacet.ASSETS));
        List<Task> ticketTasks = facets.tasksOf(t.id());
        List<TimeEntry> entries = facets.timeEntriesOf(t.id());
        Set<Long> personIds = new HashSet<>(personIds(List.of(t)));
        visibleComments.stream().map(Comment::authorId).filter(Objects::nonNull).forEach(personIds::add);
        ticketTasks.stream().map(Task::agentId).filter(Objects::nonNull).forEach(personIds::add);
        entries.forEach(e -> personIds.add(e.agentId()));
        Map<Long, User> persons = users.byIds(personIds);
        List<Attachment> allFiles = facets.filesOf(t.id());
        Map<Long, List<Attachment>> commentFiles = allFiles.stream()
                .filter(a -> a.commentId() != null)
                .collect(Collectors.groupingBy(Attachment::commentId));
        List<Attachment> ticketFiles =
                allFiles.stream().filter(a -> a.commentId() == null).toList();
        Map<Long, TaskType> taskTypes = tasks.typesByIds(
                ticketTasks.stream().map(Task::typeId).filter(Objects::nonNull).toList());
        Map<Long, AgentTeam> teams = facets.teams();
        Map<Long, Task> tasksById = ticketTasks.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        Map<Long, TicketType> types = catalog.ticketTypesByIds(ids(List.of(t), Ticket::typeId));
        Map<Long, Project> categories = projects.byIds(ids(List.of(t), Ticket::projectId));
        User requester = persons.get(t.requesterId());
        return new TicketDetail(
                t.id(),
                friendlyId(t),
                t.title(),
                t.description(),
                BossDeskStatuses.of(tickets.status(t)),
                t.source(),
                customFields(actor, facets.customFieldsOf(t.id())),
                BossDeskFormats.time(t.createdAt()),
                BossDeskFormats.time(t.updatedAt()),
                BossDeskFormats.time(t.dueDate()),
                BossDeskFormats.time(t.closedAt()),
                t.lockVersion(),
                type(types, t.typeId()),
                priority(tickets.priority(t)),
                category(categories, t.projectId()),
                ref(persons, t.assigneeId()),
                t.teamId() == null || !teams.containsKey(t.teamId()) ? null : team(teams.get(t.teamId())),
                status(tickets.status(t)),
                requester == null ? null : requester(requester),
                visibleComments.stream()
                        .map(c -> comment(c, persons, commentFiles.getOrDefault(c.id(), List.of())))
                        .toList(),
                facets.tagsOf(t.id()).stream()
                        .map(g -> new NamedRef(g.id(), g.name()))
                        .toList(),
                ticketFiles.stream().map(BossDeskTicketViews::attachment).toList(),
                entries.stream().map(e -> timeEntry(e, persons, tasksById)).toList(),
                ticketTasks.stream()
                        .map(k -> task(k, taskTypes, teams, persons))
                        .toList(),
                null,
                null,
                List.of(),
                cis(facets.assetsOf(t.id())));
    }

    CommentItem comment(Comment c, Map<Long, User> persons, List<Attachment> files) {
        User author = c.authorId() == null ? null : persons.get(c.authorId());
        return new CommentItem(
                c.id(),
                c.content(),
                !c.internal(),
                author != null && author.role().isStaff(),
                null,
                BossDeskFormats.time(c.createdAt()),
                author == null ? null : people.toRef(author),
                files.stream().map(BossDeskTicketViews::attachment).toList());
    }

    TaskItem task(Actor actor, Task task) {
        Map<Long, User> persons = users.byIds(task.agentId() == null ? List.of() : List.of(task.agentId()));
        Map<Long, TaskType> taskTypes = tasks.typesByIds(task.typeId() == null ? List.of() : List.of(task.typeId()));
        return task(task, taskTypes, teams(actor), persons);
    }

    TimeEntryItem timeEntry(Actor actor, TimeEntry entry) {
        Map<Long, User> persons = users.byIds(List.of(entry.agentId()));
        Map<Long, Task> byId = entry.taskId() == null ? Map.of() : tasks.byIds(actor, List.of(entry.taskId()));
        return timeEntry(entry, persons, byId);
    }

    static AttachmentRef attachment(Attachment a) {
        return new AttachmentRef(a.id(), null, a.fileName(), BossDeskFormats.time(a.createdAt()), a.size());
    }

    private static TaskItem task(
            Task k, Map<Long, TaskType> types, Map<Long, AgentTeam> teams, Map<Long, User> persons) {
        TaskType type = k.typeId() == null ? null : types.get(k.typeId());
        AgentTeam team = k.teamId() == null ? null : teams.get(k.teamId());
        return new TaskItem(
                k.id(),
                k.title(),
                k.note(),
                BossDeskFormats.time(k.createdAt()),
                BossDeskFormats.time(k.dueAt()),
                BossDeskFormats.time(k.closedAt()),
                type == null ? null : new NamedRef(type.id(), type.name()),
                team == null ? null : team(team),
                staticRef(persons, k.agentId()),
                null);
    }

    private static TimeEntryItem timeEntry(TimeEntry e, Map<Long, User> persons, Map<Long, Task> tasks) {
        Task task = e.taskId() == null ? null : tasks.get(e.taskId());
        return new TimeEntryItem(
                e.id(),
                e.taskId(),
                BossDeskFormats.date(e.date()),
                e.minutes(),
                e.billable(),
                e.note(),
                staticRef(persons, e.agentId()),
                task == null ? null : new TaskRef(task.id(), task.title()));
    }

    private Map<Long, AgentTeam> teams(Actor actor) {
        if (!actor.isStaff()) {
            return Map.of();
        }
        return organisation.teams(actor).stream().collect(Collectors.toMap(AgentTeam::id, Function.identity()));
    }

    /** Values keyed by field id as a string, typed as the field is: numbers, booleans, text. */
    private Map<String, Object> customFields(Actor actor, List<CustomFieldValue> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Map<Long, CustomFieldDefinition> definitions = customFields.ticketFields(actor).stream()
                .collect(Collectors.toMap(CustomFieldDefinition::id, Function.identity()));
        Map<String, Object> result = new LinkedHashMap<>();
        for (CustomFieldValue v : values) {
            CustomFieldDefinition field = definitions.get(v.fieldId());
            result.put(Long.toString(v.fieldId()), field == null ? v.value() : typed(field, v.value()));
        }
        return result;
    }

    static Object typed(CustomFieldDefinition field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (field.type()) {
                case INTEGER -> Long.parseLong(value);
                case DECIMAL -> new BigDecimal(value);
                case BOOLEAN -> Boolean.parseBoolean(value);
                default -> value;
            };
        } catch (NumberFormatException e) {
            // Stored before the field's type changed: shown as it was stored rather than failing the ticket.
            return value;
        }
    }

    private List<CiRef> cis(List<Asset> linked) {
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<Long, AssetType> types = assets.typesByIds(
                linked.stream().map(Asset::typeId).filter(Objects::nonNull).toList());
        Map<Long, AssetStatus> statuses =
                assets.statusesByIds(linked.stream().map(Asset::statusId).toList());
        return linked.stream()
                .map(a -> {
                    AssetType type = a.typeId() == null ? null : types.get(a.typeId());
                    AssetStatus status = statuses.get(a.statusId());
                    return new CiRef(
                            a.id(),
                            a.id(),
                            a.name(),
                            a.online(),
                            BossDeskFormats.time(a.updatedAt()),
                            BossDeskFormats.time(a.inventoryUpdatedAt()),
                            a.archived() ? BossDeskFormats.time(a.updatedAt()) : null,
                            os(a),
                            type == null ? null : new CiRef.CiTypeRef(type.id(), type.name(), type.icon()),
                            status == null ? null : new CiRef.CiStatusRef(status.id(), status.name(), null));
                })
                .toList();
    }

    static String os(Asset a) {
        Object os = a.inventory() == null ? null : a.inventory().get("os");
        if (os instanceof Map<?, ?> details && details.get("name") != null) {
            return details.get("name").toString();
        }
        return os instanceof String name ? name : null;
    }

    private RequesterRef requester(User u) {
        return new RequesterRef(
                u.id(),
                u.id(),
                u.firstName(),
                u.lastName(),
                u.username(),
                u.role().isStaff(),
                u.email(),
                u.phone(),
                u.mobile(),
                null);
    }

    private PersonRef ref(Map<Long, User> persons, Long id) {
        return staticRef(persons, id);
    }

    private static PersonRef staticRef(Map<Long, User> persons, Long id) {
        User u = id == null ? null : persons.get(id);
        return u == null ? null : new PersonRef(u.id(), u.id(), u.firstName(), u.lastName(), u.username());
    }

    static MyPersonRef myRef(Map<Long, User> persons, Long id) {
        User u = id == null ? null : persons.get(id);
        return u == null ? null : new MyPersonRef(u.id(), u.id(), u.firstName(), u.lastName());
    }

    static TypeRef type(Map<Long, TicketType> types, Long id) {
        TicketType type = id == null ? null : types.get(id);
        return type == null ? null : new TypeRef(type.id(), type.name(), null);
    }

    static PriorityRef priority(Priority p) {
        return new PriorityRef(p.id(), p.name(), p.color());
    }

    private static CategoryRef category(Map<Long, Project> projects, Long id) {
        Project p = id == null ? null : projects.get(id);
        return p == null ? null : new CategoryRef(p.id(), p.name(), null, null);
    }

    static NamedRef status(Status s) {
        return new NamedRef(s.id(), s.name());
    }

    private static NamedRef team(AgentTeam team) {
        return new NamedRef(team.id(), team.name());
    }

    private static Set<Long> personIds(List<Ticket> page) {
        Set<Long> ids = new HashSet<>();
        for (Ticket t : page) {
            ids.add(t.requesterId());
            if (t.assigneeId() != null) {
                ids.add(t.assigneeId());
            }
        }
        return ids;
    }

    static List<Long> ids(Collection<Ticket> page, Function<Ticket, Long> id) {
        return page.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }
}
