package io.polydesk.api.graphql.knowledge;

import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.support.SortDirection;
import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.ArticleFilter;
import io.polydesk.domain.knowledge.ArticleOrder;
import io.polydesk.domain.knowledge.ArticleSummary;
import io.polydesk.domain.knowledge.KnowledgeCategory;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateCategory;
import io.polydesk.domain.knowledge.KnowledgeCommands.UpdateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.UpdateCategory;
import io.polydesk.domain.knowledge.KnowledgeQueries;
import io.polydesk.domain.knowledge.KnowledgeService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The knowledge base: every signed-in caller reads what they may see; agents and administrators write. */
@Controller
class KnowledgeGraphQlController {

    /** The schema's visibility of an article; "public" itself is a Java keyword, so inputs use this. */
    enum ArticleVisibility {
        PUBLIC,
        INTERNAL;

        static ArticleVisibility of(boolean isPublic) {
            return isPublic ? PUBLIC : INTERNAL;
        }
    }

    record ArticleFilterInput(String categoryId, String text, Boolean publicOnly) {}

    record ArticleOrderInput(ArticleOrder.Field field, SortDirection direction) {

        ArticleOrder toOrder() {
            ArticleOrder.Field f = field == null ? ArticleOrder.LAST_CHANGED_FIRST.field() : field;
            return new ArticleOrder(
                    f, SortDirection.descending(direction, ArticleOrder.LAST_CHANGED_FIRST.descending()));
        }
    }

    record CreateKnowledgeCategoryInput(String name, String parentId, Integer sortOrder) {}

    record UpdateKnowledgeCategoryInput(
            String id, ArgumentValue<String> name, ArgumentValue<String> parentId, ArgumentValue<Integer> sortOrder) {}

    record ArchiveKnowledgeCategoryInput(String id) {}

    record CreateArticleInput(String title, String body, String categoryId, ArticleVisibility visibility) {}

    record UpdateArticleInput(
            String id,
            Integer lockVersion,
            ArgumentValue<String> title,
            ArgumentValue<String> body,
            ArgumentValue<String> categoryId,
            ArgumentValue<ArticleVisibility> visibility) {}

    record ArchiveArticleInput(String id) {}

    record CategoryPayload(KnowledgeCategory category) {}

    record ArticlePayload(Article article) {}

    private final KnowledgeQueries queries;
    private final KnowledgeService service;
    private final UserQueries users;

    KnowledgeGraphQlController(KnowledgeQueries queries, KnowledgeService service, UserQueries users) {
        this.queries = queries;
        this.service = service;
        this.users = users;
    }

    @QueryMapping
    List<KnowledgeCategory> knowledgeCategories(
            @Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return queries.categories(actor, Boolean.TRUE.equals(includeArchived));
    }

    @QueryMapping
    Connection<ArticleSummary> articles(
            @Argument ArticleFilterInput filter,
            @Argument ArticleOrderInput orderBy,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        ArticleFilter articleFilter = filter == null
                ? ArticleFilter.none()
                : new ArticleFilter(
                        Ids.parse(filter.categoryId(), "filter.categoryId"),
                        filter.text(),
                        Boolean.TRUE.equals(filter.publicOnly()));
        ArticleOrder order = orderBy == null ? ArticleOrder.LAST_CHANGED_FIRST : orderBy.toOrder();
        return Connection.of(queries.articles(actor, articleFilter, order, first, after));
    }

    @QueryMapping
    Article article(@Argument String id, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return queries.article(actor, Ids.require(id, "id"));
    }

    @MutationMapping
    CategoryPayload createKnowledgeCategory(
            @Argument CreateKnowledgeCategoryInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        return new CategoryPayload(service.createCategory(
                actor,
                new CreateCategory(input.name(), Ids.parse(input.parentId(), "input.parentId"), input.sortOrder())));
    }

    @MutationMapping
    CategoryPayload updateKnowledgeCategory(
            @Argument UpdateKnowledgeCategoryInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        return new CategoryPayload(service.updateCategory(
                actor,
                new UpdateCategory(
                        Ids.require(input.id(), "input.id"),
                        Changes.of(input.name()),
                        Changes.of(input.parentId(), raw -> Ids.parse(raw, "input.parentId")),
                        Changes.of(input.sortOrder()))));
    }

    @MutationMapping
    CategoryPayload archiveKnowledgeCategory(
            @Argument ArchiveKnowledgeCategoryInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        return new CategoryPayload(service.archiveCategory(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    ArticlePayload createArticle(@Argument CreateArticleInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        return new ArticlePayload(service.createArticle(
                actor,
                new CreateArticle(
                        input.title(),
                        input.body(),
                        Ids.parse(input.categoryId(), "input.categoryId"),
                        input.visibility() == ArticleVisibility.PUBLIC)));
    }

    @MutationMapping
    ArticlePayload updateArticle(@Argument UpdateArticleInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        if (input.visibility() != null
                && input.visibility().isPresent()
                && input.visibility().value() == null) {
            throw DomainException.invalid("input.visibility", "must not be null");
        }
        return new ArticlePayload(service.updateArticle(
                actor,
                new UpdateArticle(
                        Ids.require(input.id(), "input.id"),
                        input.lockVersion(),
                        Changes.of(input.title()),
                        Changes.of(input.body()),
                        Changes.of(input.categoryId(), raw -> Ids.parse(raw, "input.categoryId")),
                        Changes.of(input.visibility(), v -> v == ArticleVisibility.PUBLIC))));
    }

    @MutationMapping
    DeletedPayload archiveArticle(@Argument ArchiveArticleInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        long id = Ids.require(input.id(), "input.id");
        service.archiveArticle(actor, id);
        return DeletedPayload.of(id);
    }

    @SchemaMapping(typeName = "Article", field = "public")
    boolean articleIsPublic(Article article) {
        return article.isPublic();
    }

    @SchemaMapping(typeName = "Article", field = "visibility")
    ArticleVisibility articleVisibility(Article article) {
        return ArticleVisibility.of(article.isPublic());
    }

    @SchemaMapping(typeName = "ArticleSummary", field = "public")
    boolean summaryIsPublic(ArticleSummary summary) {
        return summary.isPublic();
    }

    @SchemaMapping(typeName = "ArticleSummary", field = "visibility")
    ArticleVisibility summaryVisibility(ArticleSummary summary) {
        return ArticleVisibility.of(summary.isPublic());
    }

    @BatchMapping(typeName = "Article", field = "category")
    Map<Article, KnowledgeCategory> articleCategory(List<Article> batch) {
        return Batches.byKey(batch, Article::categoryId, queries::categoriesByIds);
    }

    @BatchMapping(typeName = "ArticleSummary", field = "category")
    Map<ArticleSummary, KnowledgeCategory> summaryCategory(List<ArticleSummary> batch) {
        return Batches.byKey(batch, ArticleSummary::categoryId, queries::categoriesByIds);
    }

    @BatchMapping(typeName = "KnowledgeCategory", field = "parent")
    Map<KnowledgeCategory, KnowledgeCategory> categoryParent(List<KnowledgeCategory> batch) {
        return Batches.byKey(batch, KnowledgeCategory::parentId, queries::categoriesByIds);
    }

    @BatchMapping(typeName = "Article", field = "author")
    Map<Article, User> articleAuthor(List<Article> batch) {
        return Batches.byKey(batch, Article::authorId, users::byIds);
    }
}
