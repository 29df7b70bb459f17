package io.polydesk.domain.knowledge;

import io.polydesk.domain.shared.KeysetSearch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where knowledge-base categories and articles are kept. */
public interface KnowledgeRepository {

    long insertCategory(KnowledgeCategory category);

    void updateCategory(KnowledgeCategory category);

    Optional<KnowledgeCategory> findCategory(long id);

    List<KnowledgeCategory> findCategoriesByIds(Collection<Long> ids);

    /** Live categories (and archived ones when asked), by sort order, name and id. */
    List<KnowledgeCategory> listCategories(boolean includeArchived);

    /** Names are unique among the live children of one parent (or among the live top level). */
    boolean categoryNameTaken(Long parentId, String name, long exceptId);

    /** Whether the category has a sub-category that is not archived. */
    boolean hasLiveChildren(long categoryId);

    long insertArticle(Article article);

    /**
     * Writes every mutable field and bumps the version, only if the stored version is still
     * {@code expectedLockVersion}. Answers whether the row was written.
     */
    boolean updateArticle(Article article, int expectedLockVersion);

    Optional<Article> findArticle(long id);

    /** Live articles in the search's order, id breaking ties the same way, after its keyset position if any. */
    List<ArticleSummary> listArticles(KeysetSearch<ArticleCriteria, ArticleOrder> search);

    long countArticles(ArticleCriteria criteria);
}
