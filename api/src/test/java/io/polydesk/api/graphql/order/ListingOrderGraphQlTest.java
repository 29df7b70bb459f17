package io.polydesk.api.graphql.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.knowledge.KnowledgeCategory;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateCategory;
import io.polydesk.domain.knowledge.KnowledgeService;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationService;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.CreateUser;
import io.polydesk.domain.user.UserService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * orderBy on the users, companies and articles listings over HTTP: every field both ways walked in pages of two
 * across ties, the default order as before, a cursor of one order refused under another, visibility unchanged.
 */
@PolydeskIntegrationTest
class ListingOrderGraphQlTest extends GraphQlTestSupport {

    private static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 9, 0);

    @Autowired
    UserService userService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    JdbcTemplate jdbc;

    private TestUser admin;
    private String word;

    /** One listed row as the test made it: the text it sorts by (name, username or title) and its times. */
    private record Row(long id, String text, String email, LocalDateTime created, LocalDateTime updated) {}

    @BeforeEach
    void setUp() {
        admin = users.admin();
        word = "ob" + unique();
    }

    /** Five rows: created times tie in pairs, updated times tie differently, texts in another order again. */
    private List<Row> rows(Function<String, Long> create, String table, List<String> suffixes) {
        List<Row> rows = new ArrayList<>();
        int[] created = {1, 2, 2, 3, 1};
        int[] updated = {5, 4, 5, 4, 6};
        for (int i = 0; i < suffixes.size(); i++) {
            String text = word + suffixes.get(i);
            long id = create.apply(text);
            LocalDateTime c = T.plusMinutes(created[i]);
            LocalDateTime u = T.plusMinutes(updated[i]);
            jdbc.update("UPDATE " + table + " SET created_at = ?, updated_at = ? WHERE id = ?", c, u, id);
            rows.add(new Row(id, text, text + "@example.com", c, u));
        }
        return rows;
    }

    private static List<Long> expected(List<Row> rows, String field, String direction, Predicate<Row> visible) {
        Comparator<Row> key = switch (field) {
            case "ID" -> Comparator.comparingLong(Row::id);
            case "USERNAME", "NAME", "TITLE" -> Comparator.comparing(Row::text);
            case "EMAIL" -> Comparator.comparing(Row::email);
            case "CREATED_AT" -> Comparator.comparing(Row::created);
            case "UPDATED_AT" -> Comparator.comparing(Row::updated);
            default -> throw new IllegalArgumentException(field);
        };
        Comparator<Row> order = key.thenComparingLong(Row::id);
        return rows.stream()
                .filter(visible)
                .sorted(direction.equals("DESC") ? order.reversed() : order)
                .map(Row::id)
                .toList();
    }

    private static String document(String root, String filterType, String orderType) {
        return """
                query ($filter: %s, $orderBy: %s, $first: Int, $after: String) {
                  %s(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                    totalCount
                    pageInfo { hasNextPage hasPreviousPage endCursor }
                    nodes { internalId }
                  }
                }""".formatted(filterType, orderType, root);
    }

    private GraphQlTester.Response page(
            TestUser who, String document, Map<String, Object> filter, Map<String, Object> orderBy, String after) {
        return as(who).document(document)
                .variable("filter", filter)
                .variable("orderBy", orderBy)
                .variable("first", 2)
                .variable("after", after)
                .execute();
    }

    /** Every page of two, following endCursor, checking the page info on the way. */
    private List<Long> walk(
            TestUser who, String document, String root, Map<String, Object> filter, Map<String, Object> orderBy) {
        List<Long> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 10; pages++) {
            GraphQlTester.Response response = page(who, document, filter, orderBy, after);
            List<Long> onPage = response.path(root + ".nodes[*].internalId")
                    .entityList(Long.class)
                    .get();
            ids.addAll(onPage);
            response.path(root + ".pageInfo.hasPreviousPage")
                    .entity(Boolean.class)
                    .isEqualTo(after != null);
            boolean more = response.path(root + ".pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            if (!more) {
                return ids;
            }
            after = response.path(root + ".pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        throw new AssertionError("the walk did not end");
    }

    private void everyOrderWalksAcrossPages(
            TestUser who,
            String document,
            String root,
            Map<String, Object> filter,
            List<String> fields,
            List<Row> rows,
            Predicate<Row> visible) {
        for (String field : fields) {
            for (String direction : List.of("ASC", "DESC")) {
                assertThat(walk(who, document, root, filter, Map.of("field", field, "direction", direction)))
                        .as(root + " by " + field + " " + direction)
                        .containsExactlyElementsOf(expected(rows, field, direction, visible));
            }
        }
    }

    private void cursorOfAnotherOrderIsRefused(
            TestUser who, String document, String root, Map<String, Object> filter, Map<String, Object> other) {
        String cursor = page(who, document, filter, null, null)
                .path(root + ".pageInfo.endCursor")
                .entity(String.class)
                .get();
        ResponseError refused = singleError(page(who, document, filter, other, cursor), "BAD_REQUEST");
        assertThat(detailFields(refused)).containsExactly("after");
        assertThat(refused.getMessage()).contains("another order");
        ResponseError bothWays = singleError(
                page(who, document, filter, Map.of("field", other.get("field"), "direction", "DESC"), cursor),
                "BAD_REQUEST");
        assertThat(detailFields(bothWays)).containsExactly("after");
    }

    private long newUser(String username) {
        return userService
                .create(
                        admin.actor(),
                        CreateUser.builder(username, username + "@example.com", "pw-" + unique(), Role.AGENT)
                                .build())
                .id();
    }

    @Test
    void usersSortByEveryFieldBothWaysAcrossPagesAndKeepUsernameOrderByDefault() {
        String users = document("users", "UserFilter", "UserOrder");
        List<Row> rows = rows(this::newUser, "users", List.of("c", "a", "e", "b", "d"));
        Map<String, Object> filter = Map.of("text", word);
        TestUser agent = this.users.agent();

        everyOrderWalksAcrossPages(
                agent,
                users,
                "users",
                filter,
                List.of("ID", "USERNAME", "EMAIL", "CREATED_AT", "UPDATED_AT"),
                rows,
                r -> true);
        List<Long> byUsername = expected(rows, "USERNAME", "ASC", r -> true);
        assertThat(walk(agent, users, "users", filter, null)).containsExactlyElementsOf(byUsername);
        assertThat(walk(agent, users, "users", filter, Map.of())).containsExactlyElementsOf(byUsername);
        assertThat(walk(agent, users, "users", filter, Map.of("direction", "DESC")))
                .containsExactlyElementsOf(expected(rows, "USERNAME", "DESC", r -> true));
        page(agent, users, filter, Map.of("field", "CREATED_AT"), null)
                .path("users.totalCount")
                .entity(Integer.class)
                .isEqualTo(5);

        cursorOfAnotherOrderIsRefused(agent, users, "users", filter, Map.of("field", "CREATED_AT"));
        singleError(page(this.users.customer(), users, filter, Map.of("field", "EMAIL"), null), "FORBIDDEN");
    }

    private long newCompany(String name) {
        return organisations
                .createCompany(admin.actor(), new CreateCompany(name, null, List.of()))
                .id();
    }

    @Test
    void companiesSortByEveryFieldBothWaysAcrossPagesAndCustomersStillSeeOnlyTheirOwn() {
        String companies = document("companies", "CompanyFilter", "CompanyOrder");
        List<Row> rows = rows(this::newCompany, "companies", List.of("d", "b", "a", "e", "c"));
        Map<String, Object> filter = Map.of("text", word);

        everyOrderWalksAcrossPages(
                admin,
                companies,
                "companies",
                filter,
                List.of("ID", "NAME", "CREATED_AT", "UPDATED_AT"),
                rows,
                r -> true);
        List<Long> byName = expected(rows, "NAME", "ASC", r -> true);
        assertThat(walk(admin, companies, "companies", filter, null)).containsExactlyElementsOf(byName);
        assertThat(walk(admin, companies, "companies", filter, Map.of())).containsExactlyElementsOf(byName);
        cursorOfAnotherOrderIsRefused(admin, companies, "companies", filter, Map.of("field", "UPDATED_AT"));

        TestUser customer = users.customer();
        long own = rows.get(2).id();
        organisations.setUserOrganisation(
                admin.actor(), new SetUserOrganisation(customer.id(), Change.to(own), Change.to(null)));
        for (String field : List.of("ID", "NAME", "CREATED_AT", "UPDATED_AT")) {
            assertThat(walk(customer, companies, "companies", null, Map.of("field", field, "direction", "DESC")))
                    .as("a customer's companies by " + field)
                    .containsExactly(own);
        }
    }

    @Test
    void archivedCompaniesComeBackThroughTheIncludeArchivedArgumentAndTheDeprecatedFilterField() {
        long live = newCompany(word + "a");
        long archived = newCompany(word + "b");
        organisations.archiveCompany(admin.actor(), archived);
        String query = """
                query ($includeArchived: Boolean, $filter: CompanyFilter) {
                  companies(includeArchived: $includeArchived, filter: $filter, orderBy: {field: NAME}) {
                    nodes { internalId }
                  }
                }""";
        Map<String, Object> filter = Map.of("text", word);
        Map<String, Object> oldWay = new HashMap<>(filter);
        oldWay.put("includeArchived", true);
        Function<GraphQlTester.Response, List<Long>> ids = response -> response.path("companies.nodes[*].internalId")
                .entityList(Long.class)
                .get();

        assertThat(ids.apply(
                        as(admin).document(query).variable("filter", filter).execute()))
                .containsExactly(live);
        assertThat(ids.apply(as(admin)
                        .document(query)
                        .variable("includeArchived", true)
                        .variable("filter", filter)
                        .execute()))
                .containsExactly(live, archived);
        assertThat(ids.apply(
                        as(admin).document(query).variable("filter", oldWay).execute()))
                .containsExactly(live, archived);

        TestUser customer = users.customer();
        organisations.setUserOrganisation(
                admin.actor(), new SetUserOrganisation(customer.id(), Change.to(live), Change.to(null)));
        assertThat(ids.apply(as(customer)
                        .document(query)
                        .variable("includeArchived", true)
                        .variable("filter", filter)
                        .execute()))
                .containsExactly(live);
    }

    @Test
    void articlesSortByEveryFieldBothWaysAcrossPagesAndCustomersStillSeeOnlyPublicOnes() {
        String articles = document("articles", "ArticleFilter", "ArticleOrder");
        KnowledgeCategory category =
                knowledge.createCategory(admin.actor(), new CreateCategory("Cat " + word, null, 0));
        TestUser agent = users.agent();
        List<Long> internal = new ArrayList<>();
        // Two articles share a title, so the title order has a tie for the id to break.
        List<Row> rows = rows(
                title -> {
                    boolean isPublic = !title.endsWith("c");
                    long id = knowledge
                            .createArticle(
                                    agent.actor(),
                                    new CreateArticle(title.replaceAll("x$", "b"), "Body", category.id(), isPublic))
                            .id();
                    if (!isPublic) {
                        internal.add(id);
                    }
                    return id;
                },
                "kb_articles",
                List.of("b", "x", "c", "a", "d"));
        rows = rows.stream()
                .map(r -> new Row(r.id(), r.text().replaceAll("x$", "b"), r.email(), r.created(), r.updated()))
                .toList();
        Map<String, Object> filter = Map.of("text", word);
        List<String> fields = List.of("ID", "TITLE", "CREATED_AT", "UPDATED_AT");

        everyOrderWalksAcrossPages(agent, articles, "articles", filter, fields, rows, r -> true);
        List<Long> lastChangedFirst = expected(rows, "UPDATED_AT", "DESC", r -> true);
        assertThat(walk(agent, articles, "articles", filter, null)).containsExactlyElementsOf(lastChangedFirst);
        assertThat(walk(agent, articles, "articles", filter, Map.of())).containsExactlyElementsOf(lastChangedFirst);
        cursorOfAnotherOrderIsRefused(agent, articles, "articles", filter, Map.of("field", "TITLE"));

        everyOrderWalksAcrossPages(
                users.customer(), articles, "articles", filter, fields, rows, r -> !internal.contains(r.id()));
    }
}
