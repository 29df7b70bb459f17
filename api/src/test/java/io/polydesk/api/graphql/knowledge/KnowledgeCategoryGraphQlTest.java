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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/** Renaming, moving and archiving knowledge-base categories, and what an archive hides from whom. */
@PolydeskIntegrationTest
class KnowledgeCategoryGraphQlTest extends GraphQlTestSupport {

    private static final String UPDATE = """
            mutation ($input: UpdateKnowledgeCategoryInput!) {
              updateKnowledgeCategory(input: $input) { category { id name sortOrder archived parent { id } } }
            }""";

    private static final String ARCHIVE = """
            mutation ($id: ID!) {
              archiveKnowledgeCategory(input: {id: $id}) { category { id archived } }
            }""";

    private static final String CATEGORIES = """
            query ($all: Boolean) { knowledgeCategories(includeArchived: $all) { id archived } }""";

    private static final String ARTICLES = """
            query ($categoryId: ID) {
              articles(filter: {categoryId: $categoryId}) { totalCount edges { node { id } } }
            }""";

    private static final String ARTICLE = "query ($id: ID!) { article(id: $id) { id category { id archived } } }";

    @Autowired
    KnowledgeService knowledge;

    private KnowledgeCategory category(String name, Long parentId) {
        return knowledge.createCategory(users.admin().actor(), new CreateCategory(name + " " + unique(), parentId, 0));
    }

    private Article publicArticle(KnowledgeCategory category) {
        return knowledge.createArticle(
                users.agent().actor(), new CreateArticle("How to " + unique(), "Steps", category.id(), true));
    }

    private static Map<String, Object> input(KnowledgeCategory category, Object... pairs) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id(category.id()));
        for (int i = 0; i < pairs.length; i += 2) {
            input.put((String) pairs[i], pairs[i + 1]);
        }
        return input;
    }

    @Test
    void agentRenamesMovesAndReordersACategory() {
        KnowledgeCategory printers = category("Printers", null);
        KnowledgeCategory toner = category("Toner", null);
        String name = "Toner and ink " + unique();

        as(users.agent())
                .document(UPDATE)
                .variable(
                        "input", input(toner, "name", "  " + name + " ", "parentId", id(printers.id()), "sortOrder", 4))
                .execute()
                .path("updateKnowledgeCategory.category.name")
                .entity(String.class)
                .isEqualTo(name)
                .path("updateKnowledgeCategory.category.sortOrder")
                .entity(Integer.class)
                .isEqualTo(4)
                .path("updateKnowledgeCategory.category.parent.id")
                .entity(String.class)
                .isEqualTo(id(printers.id()));

        as(users.admin())
                .document(UPDATE)
                .variable("input", input(toner, "parentId", null))
                .execute()
                .path("updateKnowledgeCategory.category.parent")
                .valueIsNull()
                .path("updateKnowledgeCategory.category.name")
                .entity(String.class)
                .isEqualTo(name)
                .path("updateKnowledgeCategory.category.sortOrder")
                .entity(Integer.class)
                .isEqualTo(4);
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendants() {
        KnowledgeCategory top = category("Top", null);
        KnowledgeCategory middle = category("Middle", top.id());
        KnowledgeCategory bottom = category("Bottom", middle.id());

        for (KnowledgeCategory target : new KnowledgeCategory[] {top, middle, bottom}) {
            ResponseError error = singleError(
                    as(users.agent())
                            .document(UPDATE)
                            .variable("input", input(top, "parentId", id(target.id())))
                            .execute(),
                    "BAD_REQUEST");
            assertThat(detailFields(error)).containsExactly("input.parentId");
        }
        as(users.agent())
                .document(UPDATE)
                .variable("input", input(bottom, "parentId", id(top.id())))
                .execute()
                .path("updateKnowledgeCategory.category.parent.id")
                .entity(String.class)
                .isEqualTo(id(top.id()));
        as(users.agent())
                .document(UPDATE)
                .variable("input", input(top, "sortOrder", 1))
                .execute()
                .path("updateKnowledgeCategory.category.parent")
                .valueIsNull();
    }

    @Test
    void invalidUpdatesAreReportedPerField() {
        KnowledgeCategory parent = category("Parent", null);
        KnowledgeCategory taken = category("Taken", parent.id());
        KnowledgeCategory moving = category("Moving", null);
        TestUser agent = users.agent();

        assertThat(detailFields(singleError(
                        as(agent)
                                .document(UPDATE)
                                .variable(
                                        "input",
                                        input(moving, "name", taken.name().toUpperCase(), "parentId", id(parent.id())))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.name");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(UPDATE)
                                .variable("input", input(moving, "name", " ", "sortOrder", -1))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactlyInAnyOrder("input.name", "input.sortOrder");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(UPDATE)
                                .variable("input", input(moving, "name", null))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.name");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(UPDATE)
                                .variable("input", input(moving, "parentId", "999999999"))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.parentId");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(UPDATE)
                                .variable("input", Map.of("id", "x1", "name", "y"))
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("input.id");
        as(agent)
                .document(UPDATE)
                .variable("input", input(moving))
                .execute()
                .path("updateKnowledgeCategory.category.name")
                .entity(String.class)
                .isEqualTo(moving.name())
                .path("updateKnowledgeCategory.category.parent")
                .valueIsNull();
    }

    @Test
    void customersCannotChangeCategoriesAndAnonymousCallersAreRefused() {
        KnowledgeCategory category = category("Guarded", null);

        singleError(
                as(users.customer())
                        .document(UPDATE)
                        .variable("input", input(category, "name", "Mine"))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(users.customer())
                        .document(ARCHIVE)
                        .variable("id", id(category.id()))
                        .execute(),
                "FORBIDDEN");
        singleError(
                anonymous()
                        .document(UPDATE)
                        .variable("input", input(category, "name", "Mine"))
                        .execute(),
                "UNAUTHORIZED");
        singleError(
                anonymous().document(ARCHIVE).variable("id", id(category.id())).execute(), "UNAUTHORIZED");
        as(users.customer())
                .document(CATEGORIES)
                .execute()
                .path("knowledgeCategories[?(@.id == '" + category.id() + "')].archived")
                .entityList(Boolean.class)
                .containsExactly(false);
    }

    @Test
    void unknownAndArchivedCategoriesAreNotFound() {
        KnowledgeCategory archived = category("Old", null);
        knowledge.archiveCategory(users.agent().actor(), archived.id());
        TestUser agent = users.agent();

        singleError(
                as(agent)
                        .document(UPDATE)
                        .variable("input", Map.of("id", "999999999", "name", "x"))
                        .execute(),
                "NOT_FOUND");
        singleError(as(agent).document(ARCHIVE).variable("id", "999999999").execute(), "NOT_FOUND");
        singleError(
                as(agent)
                        .document(UPDATE)
                        .variable("input", input(archived, "name", "Revived"))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(agent).document(ARCHIVE).variable("id", id(archived.id())).execute(), "NOT_FOUND");
    }

    @Test
    void archivedCategoryAndItsArticlesDisappearForCustomersButStaffStillReachTheArticles() {
        KnowledgeCategory category = category("Legacy", null);
        Article article = publicArticle(category);
        String categoryId = id(category.id());

        as(users.agent())
                .document(ARCHIVE)
                .variable("id", categoryId)
                .execute()
                .path("archiveKnowledgeCategory.category.archived")
                .entity(Boolean.class)
                .isEqualTo(true);

        TestUser customer = users.customer();
        as(customer)
                .document(CATEGORIES)
                .variable("all", true)
                .execute()
                .path("knowledgeCategories[*].id")
                .entityList(String.class)
                .doesNotContain(categoryId);
        as(customer)
                .document(ARTICLES)
                .variable("categoryId", categoryId)
                .execute()
                .path("articles.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        singleError(
                as(customer).document(ARTICLE).variable("id", id(article.id())).execute(), "NOT_FOUND");

        TestUser agent = users.agent();
        as(agent)
                .document(CATEGORIES)
                .execute()
                .path("knowledgeCategories[*].id")
                .entityList(String.class)
                .doesNotContain(categoryId);
        as(agent)
                .document(CATEGORIES)
                .variable("all", true)
                .execute()
                .path("knowledgeCategories[?(@.id == '" + categoryId + "')].archived")
                .entityList(Boolean.class)
                .containsExactly(true);
        as(agent)
                .document(ARTICLES)
                .variable("categoryId", categoryId)
                .execute()
                .path("articles.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(article.id()));
        as(agent)
                .document(ARTICLE)
                .variable("id", id(article.id()))
                .execute()
                .path("article.category.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void movingAnArticleOutOfAnArchivedCategoryShowsItToCustomersAgain() {
        KnowledgeCategory old = category("Old", null);
        KnowledgeCategory current = category("Current", null);
        Article article = publicArticle(old);
        knowledge.archiveCategory(users.agent().actor(), old.id());

        ResponseError intoArchived = singleError(
                as(users.agent())
                        .document("""
                        mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id } } }""")
                        .variable(
                                "input",
                                Map.of("title", "New", "body", "b", "categoryId", id(old.id()), "visibility", "PUBLIC"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(intoArchived)).containsExactly("input.categoryId");

        as(users.agent())
                .document("""
                        mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id } } }""")
                .variable(
                        "input",
                        Map.of(
                                "id",
                                id(article.id()),
                                "lockVersion",
                                article.lockVersion(),
                                "categoryId",
                                id(current.id())))
                .execute();
        as(users.customer())
                .document(ARTICLE)
                .variable("id", id(article.id()))
                .execute()
                .path("article.category.id")
                .entity(String.class)
                .isEqualTo(id(current.id()));
    }

    @Test
    void aCategoryWithLiveSubCategoriesIsArchivedOnlyAfterThem() {
        KnowledgeCategory parent = category("Parent", null);
        KnowledgeCategory child = category("Child", parent.id());
        TestUser agent = users.agent();

        ResponseError error = singleError(
                as(agent).document(ARCHIVE).variable("id", id(parent.id())).execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.id");

        as(agent).document(ARCHIVE).variable("id", id(child.id())).execute();
        as(agent)
                .document(ARCHIVE)
                .variable("id", id(parent.id()))
                .execute()
                .path("archiveKnowledgeCategory.category.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void anArchivedCategoryFreesItsNameAndCannotTakeNewSubCategories() {
        KnowledgeCategory parent = category("Parent", null);
        KnowledgeCategory old = category("Reused", parent.id());
        knowledge.archiveCategory(users.agent().actor(), old.id());

        String create = """
                mutation ($input: CreateKnowledgeCategoryInput!) {
                  createKnowledgeCategory(input: $input) { category { id name } }
                }""";
        as(users.agent())
                .document(create)
                .variable("input", Map.of("name", old.name(), "parentId", id(parent.id())))
                .execute()
                .path("createKnowledgeCategory.category.name")
                .entity(String.class)
                .isEqualTo(old.name());
        ResponseError error = singleError(
                as(users.agent())
                        .document(create)
                        .variable("input", Map.of("name", "Under archived", "parentId", id(old.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.parentId");
    }
}
