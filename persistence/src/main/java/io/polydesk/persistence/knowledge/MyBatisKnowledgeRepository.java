package io.polydesk.persistence.knowledge;

import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.ArticleCriteria;
import io.polydesk.domain.knowledge.ArticleOrder;
import io.polydesk.domain.knowledge.ArticleSummary;
import io.polydesk.domain.knowledge.KnowledgeCategory;
import io.polydesk.domain.knowledge.KnowledgeRepository;
import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.KeysetListing;
import io.polydesk.persistence.support.LikePatterns;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The knowledge base in {@code kb_categories} and {@code kb_articles}; archiving keeps the row. */
@Repository
public class MyBatisKnowledgeRepository implements KnowledgeRepository {

    private final KnowledgeMapper mapper;

    public MyBatisKnowledgeRepository(KnowledgeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insertCategory(KnowledgeCategory category) {
        GeneratedId key = new GeneratedId();
        mapper.insertCategory(category, key);
        return key.value();
    }

    @Override
    public void updateCategory(KnowledgeCategory category) {
        if (mapper.updateCategory(category) != 1) {
            throw new IllegalStateException("Category " + category.id() + " does not exist");
        }
    }

    @Override
    public Optional<KnowledgeCategory> findCategory(long id) {
        return Optional.ofNullable(mapper.findCategory(id));
    }

    @Override
    public List<KnowledgeCategory> findCategoriesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findCategoriesByIds(ids);
    }

    @Override
    public List<KnowledgeCategory> listCategories(boolean includeArchived) {
        return mapper.listCategories(includeArchived);
    }

    @Override
    public boolean hasLiveChildren(long categoryId) {
        return mapper.hasLiveChildren(categoryId);
    }

    @Override
    public boolean categoryNameTaken(Long parentId, String name, long exceptId) {
        return mapper.categoryNameTaken(parentId, name, exceptId);
    }

    @Override
    public long insertArticle(Article article) {
        GeneratedId key = new GeneratedId();
        mapper.insertArticle(article, key);
        return key.value();
    }

    @Override
    public boolean updateArticle(Article article, int expectedLockVersion) {
        return mapper.updateArticle(article, expectedLockVersion) == 1;
    }

    @Override
    public Optional<Article> findArticle(long id) {
        return Optional.ofNullable(mapper.findArticle(id));
    }

    @Override
    public List<ArticleSummary> listArticles(KeysetSearch<ArticleCriteria, ArticleOrder> search) {
        ArticleCriteria criteria = search.criteria();
        ArticleOrder order = search.order();
        String column = switch (order.field()) {
            case ID -> "a.id";
            case TITLE -> "a.title";
            case CREATED_AT -> "a.created_at";
            case UPDATED_AT -> "a.updated_at";
        };
        return mapper.listArticles(
                criteria,
                LikePatterns.contains(criteria.text()),
                KeysetListing.of(search, order.descending(), order.field().kind(), column));
    }

    @Override
    public long countArticles(ArticleCriteria criteria) {
        return mapper.countArticles(criteria, LikePatterns.contains(criteria.text()));
    }
}
