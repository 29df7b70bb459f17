package io.polydesk.api.graphql.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.KnowledgeCategory;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateCategory;
import io.polydesk.domain.knowledge.KnowledgeService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/** The knowledge base per role: who reads which articles, who writes them, and concurrent edits. */
@PolydeskIntegrationTest
class KnowledgeGraphQlTest extends GraphQlTestSupport {

    private static final String ARTICLES = """
            query ($filter: ArticleFilter, $first: Int, $after: String) {
              articles(filter: $filter, first: $first, after: $after) {
                edges { cursor node { id title public visibility updatedAt category { id name } } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
                totalCount
              }
            }""";

    private static final String ARTICLE = """
            query ($id: ID!) {
              article(id: $id) { id title body public lockVersion author { id } category { id parent { id } } }
            }""";

    private static final String CREATE = """
            mutation ($input: CreateArticleInput!) {
              createArticle(input: $input) { article { id title body visibility lockVersion author { id } } }
            }""";

    private static final String UPDATE = """
            mutation ($input: UpdateArticleInput!) {
              updateArticle(input: $input) { article { id title body visibility lockVersion } }
            }""";

    @Autowired
    KnowledgeService knowledge;

    private KnowledgeCategory category(Long parentId) {
        return knowledge.createCategory(users.admin().actor(), new CreateCategory("Cat " + unique(), parentId, 0));
    }

    private Article article(KnowledgeCategory category, String title, boolean isPublic) {
        return knowledge.createArticle(
                users.agent().actor(), new CreateArticle(title, "Body of " + title, category.id(), isPublic));
    }

    @Test
    void agentWritesAnArticleAndEveryoneSignedInReadsAPublicOne() {
        TestUser agent = users.agent();
        KnowledgeCategory parent = category(null);
        KnowledgeCategory child = category(parent.id());
        String id = as(agent)
                .document(CREATE)
                .variable(
                        "input",
                        Map.of(
                                "title",
                                "Reset your password",
                                "body",
                                "Click 'forgot password'.",
                                "categoryId",
                                id(child.id()),
                                "visibility",
                                "PUBLIC"))
                .execute()
                .path("createArticle.article.lockVersion")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("createArticle.article.author.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()))
                .path("createArticle.article.id")
                .entity(String.class)
                .get();

        as(users.customer())
                .document(ARTICLE)
                .variable("id", id)
                .execute()
                .path("article.body")
                .entity(String.class)
                .isEqualTo("Click 'forgot password'.")
                .path("article.public")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("article.category.id")
                .entity(String.class)
                .isEqualTo(id(child.id()))
                .path("article.category.parent.id")
                .entity(String.class)
                .isEqualTo(id(parent.id()));
    }

    @Test
    void customerNeverSeesInternalArticles() {
        KnowledgeCategory category = category(null);
        Article visible = article(category, "Public howto", true);
        Article internal = article(category, "Internal runbook", false);
        TestUser customer = users.customer();

        as(customer)
                .document(ARTICLES)
                .variable("filter", Map.of("categoryId", id(category.id())))
                .execute()
                .path("articles.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(visible.id()))
                .path("articles.totalCount")
                .entity(Integer.class)
                .isEqualTo(1);
        singleError(
                as(customer).document(ARTICLE).variable("id", id(internal.id())).execute(), "NOT_FOUND");
        as(users.agent())
                .document(ARTICLES)
                .variable("filter", Map.of("categoryId", id(category.id())))
                .execute()
                .path("articles.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(internal.id()), id(visible.id()));
        as(users.agent())
                .document(ARTICLES)
                .variable("filter", Map.of("categoryId", id(category.id()), "publicOnly", true))
                .execute()
                .path("articles.edges[*].node.visibility")
                .entityList(String.class)
                .containsExactly("PUBLIC");
    }

    @Test
    void textFilterSearchesTitleAndBody() {
        KnowledgeCategory category = category(null);
        String word = "zebra" + unique();
        Article inTitle = article(category, "About " + word, true);
        Article inBody = knowledge.createArticle(
                users.agent().actor(),
                new CreateArticle("Other", "Mentions " + word.toUpperCase(), category.id(), true));
        article(category, "Unrelated", true);

        List<String> found = as(users.customer())
                .document(ARTICLES)
                .variable("filter", Map.of("text", word))
                .execute()
                .path("articles.edges[*].node.id")
                .entityList(String.class)
                .get();
        assertThat(found).containsExactlyInAnyOrder(id(inTitle.id()), id(inBody.id()));
    }

    @Test
    void cursorWalkVisitsEveryArticleOnceNewestFirst() {
        KnowledgeCategory category = category(null);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, id(article(category, "Article " + i, true).id()));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            var page = as(users.agent())
                    .document(ARTICLES)
                    .variable("filter", Map.of("categoryId", id(category.id())))
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            page.path("articles.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
            seen.addAll(page.path("articles.edges[*].node.id")
                    .entityList(String.class)
                    .get());
            hasNext = page.path("articles.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("articles.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        // Created within the same millisecond they tie on updatedAt; the id breaks the tie, newest first.
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void aBadCursorOrPageSizeIsABadRequest() {
        ResponseError cursor = singleError(
                as(users.agent())
                        .document(ARTICLES)
                        .variable("after", "not-a-cursor")
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(cursor)).containsExactly("after");
        ResponseError first = singleError(
                as(users.agent()).document(ARTICLES).variable("first", 1000).execute(), "BAD_REQUEST");
        assertThat(detailFields(first)).containsExactly("first");
    }

    @Test
    void staleLockVersionIsAConflictAndChangesNothing() {
        Article article = article(category(null), "Versioned", true);
        TestUser agent = users.agent();

        as(agent)
                .document(UPDATE)
                .variable(
                        "input",
                        Map.of(
                                "id",
                                id(article.id()),
                                "lockVersion",
                                0,
                                "title",
                                "Versioned v2",
                                "visibility",
                                "INTERNAL"))
                .execute()
                .path("updateArticle.article.lockVersion")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("updateArticle.article.visibility")
                .entity(String.class)
                .isEqualTo("INTERNAL")
                .path("updateArticle.article.body")
                .entity(String.class)
                .isEqualTo("Body of Versioned");
        ResponseError conflict = singleError(
                as(agent)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(article.id()), "lockVersion", 0, "title", "Lost update"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(conflict.getExtensions()).containsEntry("code", "CONFLICT");
        as(agent)
                .document(ARTICLE)
                .variable("id", id(article.id()))
                .execute()
                .path("article.title")
                .entity(String.class)
                .isEqualTo("Versioned v2");
    }

    @Test
    void customersCannotWriteAndAnonymousCannotRead() {
        Article article = article(category(null), "Locked down", true);
        TestUser customer = users.customer();

        singleError(
                as(customer)
                        .document(CREATE)
                        .variable("input", Map.of("title", "Mine", "body", "x", "visibility", "PUBLIC"))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(customer)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(article.id()), "lockVersion", 0, "title", "Mine"))
                        .execute(),
                "FORBIDDEN");
        singleError(anonymous().document(ARTICLES).execute(), "UNAUTHORIZED");
        singleError(
                anonymous().document(ARTICLE).variable("id", id(article.id())).execute(), "UNAUTHORIZED");
        singleError(anonymous().document("{ knowledgeCategories { id } }").execute(), "UNAUTHORIZED");
    }

    @Test
    void invalidArticlesAreReportedPerField() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(CREATE)
                        .variable(
                                "input",
                                Map.of("title", " ", "body", "", "categoryId", "999999999", "visibility", "PUBLIC"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.title", "input.body");
        ResponseError category = singleError(
                as(users.agent())
                        .document(CREATE)
                        .variable(
                                "input",
                                Map.of("title", "T", "body", "B", "categoryId", "999999999", "visibility", "PUBLIC"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(category)).containsExactly("input.categoryId");
    }

    @Test
    void archivedArticlesAreGoneForEverybody() {
        Article article = article(category(null), "Retired", true);
        TestUser agent = users.agent();

        as(agent)
                .document("mutation ($id: ID!) { archiveArticle(input: {id: $id}) { id } }")
                .variable("id", id(article.id()))
                .execute()
                .path("archiveArticle.id")
                .entity(String.class)
                .isEqualTo(id(article.id()));
        singleError(as(agent).document(ARTICLE).variable("id", id(article.id())).execute(), "NOT_FOUND");
        singleError(
                as(agent)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(article.id()), "lockVersion", 1, "title", "Back"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void categoriesAreCreatedByStaffWithUniqueNamesPerParent() {
        String create = """
                mutation ($input: CreateKnowledgeCategoryInput!) {
                  createKnowledgeCategory(input: $input) { category { id name sortOrder parent { id } } }
                }""";
        String name = "Email " + unique();
        String id = as(users.agent())
                .document(create)
                .variable("input", Map.of("name", name, "sortOrder", 2))
                .execute()
                .path("createKnowledgeCategory.category.sortOrder")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("createKnowledgeCategory.category.id")
                .entity(String.class)
                .get();

        ResponseError duplicate = singleError(
                as(users.agent())
                        .document(create)
                        .variable("input", Map.of("name", name.toLowerCase()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(duplicate)).containsExactly("input.name");
        singleError(
                as(users.customer())
                        .document(create)
                        .variable("input", Map.of("name", "x"))
                        .execute(),
                "FORBIDDEN");
        as(users.customer())
                .document("{ knowledgeCategories { id name } }")
                .execute()
                .path("knowledgeCategories[*].id")
                .entityList(String.class)
                .contains(id);
    }
}
