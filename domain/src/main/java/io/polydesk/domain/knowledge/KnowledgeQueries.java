package io.polydesk.domain.knowledge;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.shared.KeysetWindow;
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

    /** A keyset window of summaries in {@code order}. */
    public CursorPage<ArticleSummary> articles(
            Actor actor, ArticleFilter filter, ArticleOrder order, Integer first, String after) {
        Actor.require(actor);
        ArticleFilter f = filter == null ? ArticleFilter.none() : filter;
        int limit = KeysetWindow.limit(first);
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
        if (text != null && text.length() > 200) {
            throw DomainException.invalid("filter.text", "must be at most 200 characters");
        }
        Keyset position = KeysetWindow.position(after, order.cursorKey());
        boolean publicOnly = f.publicOnly() || !actor.isStaff();
        ArticleCriteria criteria = new ArticleCriteria(f.categoryId(), text, publicOnly, !actor.isStaff());
        List<ArticleSummary> rows = limit == 0
                ? List.of()
                : knowledge.listArticles(
                        KeysetSearch.after(criteria, order, order.field().kind(), position, limit + 1));
        return KeysetWindow.of(
                rows,
                limit,
                position != null,
                knowledge.countArticles(criteria),
                a -> new Keyset(order.cursorKey(), sortValue(order, a), a.id()));
    }

    private static String sortValue(ArticleOrder order, ArticleSummary article) {
        return switch (order.field()) {
            case ID -> Long.toString(article.id());
            case TITLE -> article.title();
            case CREATED_AT -> KeysetSearch.timeValue(article.createdAt());
            case UPDATED_AT -> KeysetSearch.timeValue(article.updatedAt());
        };
    }
}
