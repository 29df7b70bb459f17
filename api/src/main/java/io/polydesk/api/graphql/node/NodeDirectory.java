package io.polydesk.api.graphql.node;

import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorQueries;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.catalog.CatalogQueries;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.knowledge.KnowledgeQueries;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.savedsearch.SavedSearchQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.sla.BusinessHours;
import io.polydesk.domain.sla.SlaAdministration;
import io.polydesk.domain.sla.SlaPolicy;
import io.polydesk.domain.task.TaskQueries;
import io.polydesk.domain.template.CommentTemplateQueries;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.time.TimeEntryQueries;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.webhook.WebhookEndpointService;
import io.polydesk.domain.workflow.Workflow;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * How {@code node} and {@code nodes} find each type: through the same queries the type's own fields use, so the
 * caller's visibility applies (what a caller may not see is simply not found). One batch per type.
 */
@Component
class NodeDirectory {

    /** The objects among {@code keys} the caller may see, keyed by their number. */
    interface Loader {
        Map<Long, ?> load(Actor actor, List<Long> keys);
    }

    /** A single-object read; a NOT_FOUND or FORBIDDEN answer leaves the key out. */
    interface Read {
        Object get(Actor actor, long key);
    }

    private final Map<String, Loader> loaders = new HashMap<>();

    NodeDirectory(
            TicketQueries tickets,
            UserQueries users,
            CommentQueries comments,
            AssetQueries assets,
            AssetCatalogQueries assetCatalog,
            AssetVendorQueries vendors,
            AttachmentQueries attachments,
            OrganisationQueries organisations,
            KnowledgeQueries knowledge,
            ProjectService projects,
            SavedSearchQueries savedSearches,
            TimeEntryQueries timeEntries,
            TaskQueries tasks,
            CommentTemplateQueries templates,
            ApiTokenService tokens,
            WebhookEndpointService webhookEndpoints,
            SlaAdministration sla,
            Workflow workflow,
            CatalogQueries catalog) {
        loaders.put("Ticket", tickets::visibleByIds);
        loaders.put("Asset", assets::visibleByIds);
        loaders.put("Company", organisations::companiesByIds);
        loaders.put("Department", organisations::departmentsByIds);
        loaders.put("Task", tasks::byIds);
        loaders.put("User", each(users::get));
        loaders.put("Comment", each(comments::get));
        loaders.put("Attachment", each(attachments::get));
        loaders.put("Article", each(knowledge::article));
        loaders.put("Project", each(projects::get));
        loaders.put("SavedSearch", each(savedSearches::get));
        loaders.put("TimeEntry", each(timeEntries::get));
        loaders.put("WebhookEndpoint", each(webhookEndpoints::get));
        loaders.put("SlaPolicy", among(a -> sla.listPolicies(a, true), SlaPolicy::id));
        loaders.put("BusinessHours", among(a -> sla.listBusinessHours(a, true), BusinessHours::id));
        loaders.put("Status", among(a -> workflow.statuses(), s -> s.id()));
        loaders.put("Priority", among(a -> workflow.priorities(), p -> p.id()));
        loaders.put("Team", among(organisations::teams, t -> t.id()));
        loaders.put("UserGroup", among(organisations::userGroups, g -> g.id()));
        loaders.put("TaskType", among(tasks::types, t -> t.id()));
        loaders.put("TicketType", among(catalog::ticketTypes, t -> t.id()));
        loaders.put("CommentTemplate", among(templates::list, t -> t.id()));
        loaders.put("ApiToken", among(a -> tokens.list(a, null), t -> t.id()));
        loaders.put("KnowledgeCategory", among(a -> knowledge.categories(a, true), c -> c.id()));
        loaders.put("AssetType", among(a -> assetCatalog.types(a, true), t -> t.id()));
        loaders.put("AssetStatus", among(a -> assetCatalog.statuses(a, true), s -> s.id()));
        loaders.put("Location", among(a -> assetCatalog.locations(a, true), l -> l.id()));
        loaders.put("Manufacturer", among(a -> vendors.list(a, VendorKind.MANUFACTURER, true), AssetVendor::id));
        loaders.put("Supplier", among(a -> vendors.list(a, VendorKind.SUPPLIER, true), AssetVendor::id));
    }

    /** The loader of {@code type}, or null when that type cannot be fetched by its id alone. */
    Loader loader(String type) {
        return loaders.get(type);
    }

    private static Loader each(Read read) {
        return (actor, keys) -> {
            Map<Long, Object> found = new LinkedHashMap<>();
            for (long key : keys) {
                try {
                    found.put(key, read.get(actor, key));
                } catch (DomainException e) {
                    if (e.code() != ErrorCode.NOT_FOUND && e.code() != ErrorCode.FORBIDDEN) {
                        throw e;
                    }
                }
            }
            return found;
        };
    }

    private static <T> Loader among(Function<Actor, Collection<T>> list, Function<T, Long> id) {
        return (actor, keys) -> {
            Actor.require(actor);
            Map<Long, T> found = new HashMap<>();
            try {
                for (T item : list.apply(actor)) {
                    if (keys.contains(id.apply(item))) {
                        found.put(id.apply(item), item);
                    }
                }
            } catch (DomainException e) {
                if (e.code() != ErrorCode.FORBIDDEN) {
                    throw e;
                }
            }
            return found;
        };
    }
}
