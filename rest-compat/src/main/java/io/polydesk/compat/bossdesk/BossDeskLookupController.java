package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.Lookups;
import io.polydesk.compat.bossdesk.dto.NamedRef;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetVendorQueries;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.catalog.CatalogQueries;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.NameSearch;
import io.polydesk.domain.task.TaskQueries;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lookup lists of the document: unpaged arrays, except groups and manufacturers, which are searchable by
 * {@code name} (eq, cont, start, end) and paged, both in SQL. Who may list what is the domain's rule.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskLookupController {

    private static final Set<String> NAMED = Set.of("name");

    private final AssetCatalogQueries assets;
    private final AssetVendorQueries vendors;
    private final CustomFieldService customFields;
    private final ProjectService projects;
    private final Workflow workflow;
    private final CatalogQueries catalog;
    private final TaskQueries tasks;
    private final OrganisationQueries organisation;

    BossDeskLookupController(
            AssetCatalogQueries assets,
            AssetVendorQueries vendors,
            CustomFieldService customFields,
            ProjectService projects,
            Workflow workflow,
            CatalogQueries catalog,
            TaskQueries tasks,
            OrganisationQueries organisation) {
        this.assets = assets;
        this.vendors = vendors;
        this.customFields = customFields;
        this.projects = projects;
        this.workflow = workflow;
        this.catalog = catalog;
        this.tasks = tasks;
        this.organisation = organisation;
    }

    @GetMapping("/ci_statuses")
    List<Lookups.Named> ciStatuses(@AuthenticationPrincipal Actor actor) {
        return assets.statuses(Actor.requireStaff(actor), false).stream()
                .map(s -> new Lookups.Named(s.id(), s.name(), null, null))
                .toList();
    }

    @GetMapping("/ci_types")
    List<Lookups.TreeNode> ciTypes(@AuthenticationPrincipal Actor actor) {
        return assets.types(Actor.requireStaff(actor), false).stream()
                .map(t -> new Lookups.TreeNode(t.id(), t.parentId(), t.name(), t.icon(), null, null))
                .toList();
    }

    @GetMapping("/locations")
    List<Lookups.TreeNode> locations(@AuthenticationPrincipal Actor actor) {
        return assets.locations(Actor.requireStaff(actor), false).stream()
                .map(l -> new Lookups.TreeNode(l.id(), l.parentId(), l.name(), null, null, null))
                .toList();
    }

    /** Ticket fields, then CI fields; each in the order Polydesk defines them. */
    @GetMapping("/custom_fields")
    List<Lookups.CustomField> customFields(@AuthenticationPrincipal Actor actor) {
        List<Lookups.CustomField> fields = new ArrayList<>();
        List<CustomFieldDefinition> ticket = customFields.ticketFields(actor);
        for (int i = 0; i < ticket.size(); i++) {
            fields.add(customField(ticket.get(i), "ticket", i));
        }
        if (actor.isStaff()) {
            List<CustomFieldDefinition> ci = customFields.assetFields(actor);
            for (int i = 0; i < ci.size(); i++) {
                fields.add(customField(ci.get(i), "ci", i));
            }
        }
        return fields;
    }

    @GetMapping("/helpdesk_categories")
    List<Lookups.Category> categories(@AuthenticationPrincipal Actor actor) {
        return projects.list(actor).stream()
                .filter(p -> !p.archived())
                .map(p -> new Lookups.Category(
                        p.id(),
                        p.name(),
                        null,
                        null,
                        BossDeskFormats.time(p.createdAt()),
                        BossDeskFormats.time(p.updatedAt()),
                        List.of()))
                .toList();
    }

    @GetMapping("/helpdesk_extended_statuses")
    List<Lookups.Named> extendedStatuses(@AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return workflow.statuses().stream()
                .map(s -> new Lookups.Named(s.id(), s.name(), null, null))
                .toList();
    }

    /** {@code level} ranks the priorities from 1, the least urgent. */
    @GetMapping("/helpdesk_priorities")
    List<Lookups.Priority> priorities(@AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        List<Priority> ascending = workflow.priorities().stream()
                .sorted(Comparator.comparingInt(Priority::level))
                .toList();
        return IntStream.range(0, ascending.size())
                .mapToObj(i -> {
                    Priority p = ascending.get(i);
                    return new Lookups.Priority(p.id(), p.name(), p.color(), i + 1, null, null);
                })
                .toList();
    }

    /** Polydesk's tags are one list for tickets and CIs; they are listed as ticket tags. */
    @GetMapping("/tags")
    List<Lookups.Tag> tags(@AuthenticationPrincipal Actor actor) {
        return catalog.tags(actor).stream()
                .map(t -> new Lookups.Tag(t.id(), t.name(), "ticket", null, null))
                .toList();
    }

    @GetMapping("/task_types")
    List<Lookups.Named> taskTypes(@AuthenticationPrincipal Actor actor) {
        return tasks.types(actor).stream()
                .map(t -> new Lookups.Named(
                        t.id(), t.name(), BossDeskFormats.time(t.createdAt()), BossDeskFormats.time(t.updatedAt())))
                .toList();
    }

    @GetMapping("/teams")
    List<Lookups.Named> teams(@AuthenticationPrincipal Actor actor) {
        return organisation.teams(actor).stream()
                .map(t -> new Lookups.Named(
                        t.id(), t.name(), BossDeskFormats.time(t.createdAt()), BossDeskFormats.time(t.updatedAt())))
                .toList();
    }

    @GetMapping("/ticket_types")
    List<Lookups.TicketType> ticketTypes(@AuthenticationPrincipal Actor actor) {
        return catalog.ticketTypes(actor).stream()
                .map(t -> new Lookups.TicketType(t.id(), t.name(), null, null, null))
                .toList();
    }

    @GetMapping("/groups")
    List<Lookups.Named> groups(
            @AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> params) {
        return organisation.userGroups(actor, names(params), BossDeskPaging.of(params)).stream()
                .map(g -> new Lookups.Named(
                        g.id(), g.name(), BossDeskFormats.time(g.createdAt()), BossDeskFormats.time(g.updatedAt())))
                .toList();
    }

    @GetMapping("/manufacturers")
    List<Lookups.Manufacturer> manufacturers(
            @AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> params) {
        return vendors.page(actor, VendorKind.MANUFACTURER, names(params), BossDeskPaging.of(params)).stream()
                .map(m -> new Lookups.Manufacturer(m.id(), m.name(), BossDeskFormats.time(m.updatedAt())))
                .toList();
    }

    private static Lookups.CustomField customField(CustomFieldDefinition f, String ownerClass, int position) {
        List<NamedRef> options = IntStream.range(0, f.options().size())
                .mapToObj(i -> new NamedRef(i + 1, f.options().get(i)))
                .toList();
        return new Lookups.CustomField(
                f.id(), f.name(), ownerClass, typeId(f), f.required(), position, null, null, options, null, null);
    }

    /** BOSSDesk's {@code type_id} codes. */
    static int typeId(CustomFieldDefinition f) {
        return switch (f.type()) {
            case STRING -> 1;
            case TEXT -> 2;
            case URL -> 3;
            case INTEGER -> 4;
            case DECIMAL -> 5;
            case DATE -> 6;
            case BOOLEAN -> 7;
            case DROPDOWN -> 8;
        };
    }

    /** Ransack's name conditions as a name search for the database; predicates it does not know are ignored. */
    private static NameSearch names(MultiValueMap<String, String> params) {
        Ransack q = Ransack.parse(params, NAMED);
        List<NameSearch.Condition> conditions = new ArrayList<>();
        for (Ransack.Condition c : q.conditions()) {
            NameSearch.Op op = switch (c.predicate()) {
                case "eq" -> NameSearch.Op.EQ;
                case "not_eq" -> NameSearch.Op.NOT_EQ;
                case "cont", "i_cont" -> NameSearch.Op.CONTAINS;
                case "not_cont" -> NameSearch.Op.NOT_CONTAINS;
                case "start" -> NameSearch.Op.STARTS;
                case "end" -> NameSearch.Op.ENDS;
                default -> null;
            };
            if (op != null) {
                conditions.add(new NameSearch.Condition(op, c.value()));
            }
        }
        return new NameSearch(conditions, q.any());
    }
}
