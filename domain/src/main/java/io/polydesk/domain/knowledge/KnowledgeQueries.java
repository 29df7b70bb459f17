package io.polydesk.domain.knowledge;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetWindow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads of the knowledge base. Everything needs a signed-in caller (the GraphQL API admits nobody
 * anonymous); customers see public articles only, and an internal article is NOT_FOUND to them.
 */
@Service
public class KnowledgeQueries {

    private static final String ORDER = "updatedAt-";

    private final KnowledgeRepository knowledge;

    public KnowledgeQueries(KnowledgeRepository knowledge) {
        this.knowledge = knowledge;
    }

    /** Live categories; staff may ask for archived ones too, customers never see them. */
    public List<KnowledgeCategory> categories(Actor actor, boolean includeArchived) {
        Actor.require(actor);
        return knowledge.listCategories(includeArchived && actor.isStaff());
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
        return knowledge
                .findArticle(id)
                .filter(a -> !a.archived() && (actor.isStaff() || (a.isPublic() && inLiveCategory(a))))
                .orElseThrow(() -> DomainException.notFound("Article", id));
    }

    private boolean inLiveCategory(Article article) {
        return article.categoryId() == null
                || knowledge
                        .findCategory(article.categoryId())
                        .filter(k -> !k.archived())
                        .isPresent();
    }

    /** A keyset window of summaries, most recently changed first. */
    public CursorPage<ArticleSummary> articles(Actor actor, ArticleFilter filter, Integer first, String after) {
        Actor.require(actor);
        ArticleFilter f = filter == null ? ArticleFilter.none() : filter;
        int limit = KeysetWindow.limit(first);
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("filter.text", "must be at most 200 characters");
        }
        Keyset position = KeysetWindow.position(after, ORDER);
        Instant afterUpdatedAt = null;
        if (position != null) {
            try {
                afterUpdatedAt = Instant.ofEpochMilli(Long.parseLong(position.value()));
            } catch (NumberFormatException e) {
                throw DomainException.invalid("after", "is not a cursor this listing issued");
            }
        }
        boolean publicOnly = f.publicOnly() || !actor.isStaff();
        ArticleCriteria criteria = new ArticleCriteria(
                f.categoryId(),
                text,
                publicOnly,
                afterUpdatedAt,
                position == null ? null : position.id(),
                limit + 1,
                !actor.isStaff());
        List<ArticleSummary> rows = limit == 0 ? List.of() : knowledge.listArticles(criteria);
        return KeysetWindow.of(
                rows,
                limit,
                position != null,
                knowledge.countArticles(criteria),
                a -> new Keyset(ORDER, Long.toString(a.updatedAt().toEpochMilli()), a.id()));
    }
}
