package io.polydesk.domain.savedsearch;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes of saved searches: anyone signed in saves their own; only the owner or an administrator changes one. */
@Service
@Transactional
public class SavedSearchService {

    private final SavedSearchRepository searches;
    private final SavedSearchQueries queries;
    private final Workflow workflow;
    private final Clock clock;

    public SavedSearchService(SavedSearchRepository searches, SavedSearchQueries queries, Workflow workflow,
                              Clock clock) {
        this.searches = searches;
        this.queries = queries;
        this.workflow = workflow;
        this.clock = clock;
    }

    public SavedSearch create(Actor actor, SaveSearch command) {
        Actor.require(actor);
        checkKeys(command.filter());
        Instant now = now();
        long id = searches.insert(new SavedSearch(0, actor.userId(), command.name(), command.kind(),
                command.shared(), command.filter(), now, now));
        return searches.findById(id).orElseThrow();
    }

    public SavedSearch update(Actor actor, long id, SaveSearch command) {
        SavedSearch current = changeable(actor, id);
        checkKeys(command.filter());
        searches.update(new SavedSearch(id, current.ownerId(), command.name(), command.kind(), command.shared(),
                command.filter(), current.createdAt(), now()));
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

    /** Unknown status or priority keys are refused when saved, not first when run. */
    private void checkKeys(TicketFilter filter) {
        filter.statuses().forEach(key -> workflow.statusOrInvalid(key, "input.filter.status"));
        filter.priorities().forEach(key -> workflow.priorityOrInvalid(key, "input.filter.priority"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
