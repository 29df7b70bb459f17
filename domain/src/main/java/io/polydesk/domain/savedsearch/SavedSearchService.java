package io.polydesk.domain.savedsearch;

import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes of saved searches: anyone signed in saves their own; only the owner or an administrator changes one. */
@Service
@Transactional
public class SavedSearchService {

    private final SavedSearchRepository searches;
    private final SavedSearchQueries queries;
    private final Workflow workflow;
    private final AssetCatalogQueries assets;
    private final Clock clock;

    public SavedSearchService(
            SavedSearchRepository searches,
            SavedSearchQueries queries,
            Workflow workflow,
            AssetCatalogQueries assets,
            Clock clock) {
        this.searches = searches;
        this.queries = queries;
        this.workflow = workflow;
        this.assets = assets;
        this.clock = clock;
    }

    public SavedSearch create(Actor actor, SaveSearch command) {
        Actor.require(actor);
        checkAllowed(actor, command);
        checkReferences(command);
        Instant now = now();
        long id = searches.insert(new SavedSearch(
                0,
                actor.userId(),
                command.name(),
                command.kind(),
                command.shared(),
                command.ticketFilter(),
                command.assetFilter(),
                now,
                now));
        return searches.findById(id).orElseThrow();
    }

    public SavedSearch update(Actor actor, long id, SaveSearch command) {
        SavedSearch current = changeable(actor, id);
        checkAllowed(actor, command);
        checkReferences(command);
        searches.update(new SavedSearch(
                id,
                current.ownerId(),
                command.name(),
                command.kind(),
                command.shared(),
                command.ticketFilter(),
                command.assetFilter(),
                current.createdAt(),
                now()));
        return searches.findById(id).orElseThrow();
    }

    public void delete(Actor actor, long id) {
        changeable(actor, id);
        searches.delete(id);
    }

    private SavedSearch changeable(Actor actor, long id) {
        SavedSearch search = queries.get(actor, id);
        if (search.ownerId() != actor.userId() && !actor.isAdmin()) {
            throw DomainException.forbidden("Only its owner or an administrator may change a saved search");
        }
        return search;
    }

    /** The filters customers may not use in a listing they may not save either. */
    private static void checkAllowed(Actor actor, SaveSearch command) {
        if (command.ticketFilter() != null && command.ticketFilter().staffOnly() && !actor.isStaff()) {
            throw DomainException.forbidden("Only agents and administrators filter by team or SLA");
        }
    }

    /**
     * Unknown workflow keys, asset types, statuses and locations are refused when saved, not first when run.
     * User ids are not checked: that would tell a customer which user ids exist.
     */
    private void checkReferences(SaveSearch command) {
        Validation validation = new Validation();
        TicketFilter tickets = command.ticketFilter();
        if (tickets != null) {
            tickets.statuses().forEach(key -> workflow.statusOrInvalid(key, "input.ticketFilter.status"));
            tickets.priorities().forEach(key -> workflow.priorityOrInvalid(key, "input.ticketFilter.priority"));
            tickets.inbox().statusesNot().forEach(key -> workflow.statusOrInvalid(key, "input.ticketFilter.statusNot"));
        }
        AssetFilter assets = command.assetFilter();
        if (assets != null) {
            validation
                    .check(
                            assets.typeId() == null
                                    || !this.assets
                                            .typesByIds(List.of(assets.typeId()))
                                            .isEmpty(),
                            "input.assetFilter.typeId",
                            "is not an existing asset type")
                    .check(
                            assets.statusId() == null
                                    || !this.assets
                                            .statusesByIds(List.of(assets.statusId()))
                                            .isEmpty(),
                            "input.assetFilter.statusId",
                            "is not an existing asset status")
                    .check(
                            assets.locationId() == null
                                    || !this.assets
                                            .locationsByIds(List.of(assets.locationId()))
                                            .isEmpty(),
                            "input.assetFilter.locationId",
                            "is not an existing location");
        }
        validation.throwIfInvalid();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
