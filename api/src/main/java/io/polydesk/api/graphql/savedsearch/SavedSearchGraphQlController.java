package io.polydesk.api.graphql.savedsearch;

import io.polydesk.api.graphql.savedsearch.SavedSearchInputs.CreateSavedSearchInput;
import io.polydesk.api.graphql.savedsearch.SavedSearchInputs.DeleteSavedSearchInput;
import io.polydesk.api.graphql.savedsearch.SavedSearchInputs.DeleteSavedSearchPayload;
import io.polydesk.api.graphql.savedsearch.SavedSearchInputs.SavedSearchPayload;
import io.polydesk.api.graphql.savedsearch.SavedSearchInputs.UpdateSavedSearchInput;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.ticket.TicketFilterInput.AssigneeScope;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.savedsearch.SavedSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.savedsearch.SavedSearchQueries;
import io.polydesk.domain.savedsearch.SavedSearchService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Saved searches; the domain decides who sees and changes which, and runs them with the caller's visibility. */
@Controller
class SavedSearchGraphQlController {

    private final SavedSearchQueries queries;
    private final SavedSearchService service;
    private final UserQueries users;

    SavedSearchGraphQlController(SavedSearchQueries queries, SavedSearchService service, UserQueries users) {
        this.queries = queries;
        this.service = service;
        this.users = users;
    }

    @QueryMapping
    Connection<SavedSearch> savedSearches(
            @Argument SavedSearchKind kind,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return Connection.of(queries.list(actor, kind, first, after));
    }

    @QueryMapping
    Connection<Ticket> runSavedTicketSearch(
            @Argument String id,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return Connection.of(queries.runTickets(actor, Ids.require(id, "id"), first, after));
    }

    @QueryMapping
    Connection<Asset> runSavedAssetSearch(
            @Argument String id,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return Connection.of(queries.runAssets(actor, Ids.require(id, "id"), first, after));
    }

    @MutationMapping
    SavedSearchPayload createSavedSearch(@Argument CreateSavedSearchInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new SavedSearchPayload(service.create(actor, input.toCommand()));
    }

    @MutationMapping
    SavedSearchPayload updateSavedSearch(@Argument UpdateSavedSearchInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        return new SavedSearchPayload(service.update(actor, id, input.toCommand()));
    }

    @MutationMapping
    DeleteSavedSearchPayload deleteSavedSearch(
            @Argument DeleteSavedSearchInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        service.delete(actor, id);
        return new DeleteSavedSearchPayload(Long.toString(id));
    }

    @BatchMapping(typeName = "SavedSearch", field = "owner")
    Map<SavedSearch, User> owner(List<SavedSearch> batch) {
        return Batches.byKey(batch, SavedSearch::ownerId, users::byIds);
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "status")
    List<String> status(TicketFilter filter) {
        return filter.statuses();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "priority")
    List<String> priority(TicketFilter filter) {
        return filter.priorities();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "assignee")
    AssigneeScope assignee(TicketFilter filter) {
        AssigneeFilter a = filter.assignee();
        if (a == null || a.kind() == AssigneeFilter.Kind.USER) {
            return null;
        }
        return AssigneeScope.valueOf(a.kind().name());
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "assigneeId")
    Long assigneeId(TicketFilter filter) {
        AssigneeFilter a = filter.assignee();
        return a != null && a.kind() == AssigneeFilter.Kind.USER ? a.userId() : null;
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "teamIds")
    List<Long> teamIds(TicketFilter filter) {
        return filter.inbox().teamIds();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "typeIds")
    List<Long> typeIds(TicketFilter filter) {
        return filter.inbox().typeIds();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "tagsAll")
    List<String> tagsAll(TicketFilter filter) {
        return filter.inbox().tagsAll();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "tagsAny")
    List<String> tagsAny(TicketFilter filter) {
        return filter.inbox().tagsAny();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "tagsNone")
    List<String> tagsNone(TicketFilter filter) {
        return filter.inbox().tagsNone();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "statusNot")
    List<String> statusNot(TicketFilter filter) {
        return filter.inbox().statusesNot();
    }

    @SchemaMapping(typeName = "SavedTicketFilter", field = "teamIdsNot")
    List<Long> teamIdsNot(TicketFilter filter) {
        return filter.inbox().teamIdsNot();
    }
}
