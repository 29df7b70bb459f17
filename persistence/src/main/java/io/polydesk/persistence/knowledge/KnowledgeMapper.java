package io.polydesk.persistence.knowledge;

import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.ArticleCriteria;
import io.polydesk.domain.knowledge.ArticleSummary;
import io.polydesk.domain.knowledge.KnowledgeCategory;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.KeysetListing;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code kb_categories} and {@code kb_articles}; statements live in {@code KnowledgeMapper.xml}. */
@Mapper
public interface KnowledgeMapper {

    void insertCategory(@Param("category") KnowledgeCategory category, @Param("key") GeneratedId key);

    int updateCategory(@Param("category") KnowledgeCategory category);

    KnowledgeCategory findCategory(@Param("id") long id);

    List<KnowledgeCategory> findCategoriesByIds(@Param("ids") Collection<Long> ids);

    List<KnowledgeCategory> listCategories(@Param("includeArchived") boolean includeArchived);

    boolean hasLiveChildren(@Param("id") long id);

    boolean categoryNameTaken(
            @Param("parentId") Long parentId, @Param("name") String name, @Param("exceptId") long exceptId);

    void insertArticle(@Param("article") Article article, @Param("key") GeneratedId key);

    int updateArticle(@Param("article") Article article, @Param("expected") int expectedLockVersion);

    Article findArticle(@Param("id") long id);

    List<ArticleSummary> listArticles(
            @Param("c") ArticleCriteria criteria,
            @Param("textPattern") String textPattern,
            @Param("q") KeysetListing window);

    long countArticles(@Param("c") ArticleCriteria criteria, @Param("textPattern") String textPattern);
}
