package io.polydesk.api.graphql.search;

import io.polydesk.domain.search.SearchIndexStatus;
import io.polydesk.domain.search.SearchIndexer;
import io.polydesk.domain.shared.Actor;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The search index's status and rebuild; the domain allows both to administrators only. */
@Controller
class SearchIndexGraphQlController {

    private final SearchIndexer indexer;

    SearchIndexGraphQlController(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @QueryMapping
    SearchIndexStatus searchIndexStatus(@AuthenticationPrincipal Actor actor) {
        return indexer.status(actor);
    }

    @MutationMapping
    RebuildSearchIndexPayload rebuildSearchIndex(@AuthenticationPrincipal Actor actor) {
        return new RebuildSearchIndexPayload(indexer.requestRebuild(actor));
    }

    record RebuildSearchIndexPayload(SearchIndexStatus status) {}
}
