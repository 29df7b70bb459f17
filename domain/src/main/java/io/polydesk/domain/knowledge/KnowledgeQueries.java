package io.polydesk.domain.knowledge;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the knowledge base. Everything needs a signed-in caller (the GraphQL API admits nobody
 * anonymous); customers see public articles only, and an internal article is NOT_FOUND to them.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeQueries {

    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 100;
    private static final String ORDER = "updatedAt-";

    private final KnowledgeRepository knowledge;

    public KnowledgeQueries(KnowledgeRepository knowledge) {
        this.knowledge = knowledge;
    }

    public List<KnowledgeCategory> categories(Actor actor) {
        Actor.require(actor);
        return knowledge.listCategories();
    }

    public Map<Long, KnowledgeCategory> categoriesByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return knowledge.findCategoriesByIds(ids).stream()
                .collect(Collectors.toMap(KnowledgeCategory::id, Function.identity()));
    }

    public Article article(Actor actor, long id) {
        Actor.require(actor);
        return knowledge.findArticle(id).filter(a -> !a.archived() && (a.isPublic() || actor.isStaff()))
                .orElseThrow(() -> DomainException.notFound("Article", id));
    }

    /** A keyset window of summaries, most recently changed first. */
    public CursorPage<ArticleSummary> articles(Actor actor, ArticleFilter filter, Integer first, String after) {
        Actor.require(actor);
        ArticleFilter f = filter == null ? ArticleFilter.none() : filter;
        int limit = first == null ? DEFAULT_PAGE : first;
        if (limit < 0 || limit > MAX_PAGE) {
            throw DomainException.invalid("first", "must be between 0 and " + MAX_PAGE);
        }
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("filter.text", "must be at most 200 characters");
        }
        Keyset position = after == null ? null : Keyset.decode(after, "after");
        Instant afterUpdatedAt = null;
        if (position != null) {
            if (!position.sortKey().equals(ORDER)) {
                throw DomainException.invalid("after", "is not a cursor this listing issued");
            }
            try {
                afterUpdatedAt = Instant.ofEpochMilli(Long.parseLong(position.value()));
            } catch (NumberFormatException e) {
                throw DomainException.invalid("after", "is not a cursor this listing issued");
            }
        }
        boolean publicOnly = f.publicOnly() || !actor.isStaff();
        ArticleCriteria criteria = new ArticleCriteria(f.categoryId(), text, publicOnly, afterUpdatedAt,
                position == null ? null : position.id(), limit + 1);
        List<ArticleSummary> rows = limit == 0 ? List.of() : knowledge.listArticles(criteria);
        List<CursorPage.Edge<ArticleSummary>> edges = new ArrayList<>();
        for (ArticleSummary a : rows.subList(0, Math.min(limit, rows.size()))) {
            edges.add(new CursorPage.Edge<>(
                    new Keyset(ORDER, Long.toString(a.updatedAt().toEpochMilli()), a.id()).encode(), a));
        }
        return new CursorPage<>(edges, rows.size() > limit, position != null, knowledge.countArticles(criteria));
    }
}
