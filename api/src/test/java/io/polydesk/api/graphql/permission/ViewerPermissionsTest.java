package io.polydesk.api.graphql.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetArchiving;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.KnowledgeCommands.CreateArticle;
import io.polydesk.domain.knowledge.KnowledgeService;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** {@code viewerCan*} agrees with what the mutation then allows, for every role and action. */
@PolydeskIntegrationTest
class ViewerPermissionsTest extends GraphQlTestSupport {

    private static final String TICKET_PERMISSIONS = """
            query ($id: ID!) {
              ticket(id: $id) { viewerCanUpdate viewerCanComment viewerCanAssign viewerCanDelete }
            }""";

    private static final String COMMENT_PERMISSIONS = """
            query ($id: ID!) {
              ticket(id: $id) { comments { nodes { viewerCanUpdate viewerCanDelete } } }
            }""";

    private static final Map<String, String> ACTIONS = Map.of(
            "viewerCanUpdate",
            "mutation ($id: ID!, $version: Int!) { updateTicket(input: {id: $id, lockVersion: $version,"
                    + " title: \"Renamed\"}) { ticket { id } } }",
            "viewerCanComment",
            "mutation ($id: ID!) { addComment(input: {ticketId: $id, content: \"An answer\"}) { comment { id } } }",
            "viewerCanAssign",
            "mutation ($id: ID!, $assignee: ID) { assignTicket(input: {id: $id, assigneeId: $assignee})"
                    + " { ticket { id } } }",
            "viewerCanDelete",
            "mutation ($id: ID!) { deleteTicket(input: {id: $id}) { id } }");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "requester, viewerCanUpdate, true",
        "requester, viewerCanComment, true",
        "requester, viewerCanAssign, false",
        "requester, viewerCanDelete, false",
        "agent, viewerCanUpdate, true",
        "agent, viewerCanComment, true",
        "agent, viewerCanAssign, true",
        "agent, viewerCanDelete, true",
        "admin, viewerCanUpdate, true",
        "admin, viewerCanComment, true",
        "admin, viewerCanAssign, true",
        "admin, viewerCanDelete, true"
    })
    void ticketPermissionsAgreeWithTheMutation(String role, String permission, boolean expected) {
        TestUser requester = users.create(Role.CUSTOMER);
        TestUser caller = caller(role, requester);
        Ticket ticket = ticket(requester, "Permissions " + unique());

        DocumentContext shown = post(caller, TICKET_PERMISSIONS, Map.of("id", id(ticket.id())));
        boolean allowed = shown.read("$.data.ticket." + permission, Boolean.class);

        DocumentContext answer = post(
                caller,
                ACTIONS.get(permission),
                Map.of(
                        "id", id(ticket.id()),
                        "version", ticket.lockVersion(),
                        "assignee", id(users.agent().id())));
        assertThat(allowed).as("what %s is shown", role).isEqualTo(expected);
        assertThat(succeeded(answer))
                .as("what the mutation allowed: %s", answer.jsonString())
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"author, true", "agent, false", "admin, true"})
    void commentPermissionsAgreeWithEditing(String role, boolean expected) {
        TestUser author = users.create(Role.CUSTOMER);
        Ticket ticket = ticket(author, "Comment permissions " + unique());
        Comment comment = comment(author, ticket, "First words", false);
        TestUser caller = caller(role, author);

        DocumentContext shown = post(caller, COMMENT_PERMISSIONS, Map.of("id", id(ticket.id())));
        List<Boolean> update = shown.read("$.data.ticket.comments.nodes[*].viewerCanUpdate");
        List<Boolean> delete = shown.read("$.data.ticket.comments.nodes[*].viewerCanDelete");

        DocumentContext answer = post(
                caller,
                "mutation ($id: ID!) { editComment(input: {id: $id, content: \"Better words\"}) { comment { id } } }",
                Map.of("id", id(comment.id())));
        assertThat(update).containsExactly(expected);
        assertThat(delete).containsExactly(expected);
        assertThat(succeeded(answer)).as(answer.jsonString()).isEqualTo(expected);
    }

    private static final Map<String, String> ASSET_ACTIONS = Map.of(
            "viewerCanUpdate",
            "mutation ($id: ID!, $version: Int!) { updateAsset(input: {id: $id, lockVersion: $version,"
                    + " name: \"Renamed\"}) { asset { id } userErrors { code } } }",
            "viewerCanArchive",
            "mutation ($id: ID!) { archiveAsset(input: {id: $id}) { asset { id } userErrors { code } } }");

    private static final Map<String, String> ARTICLE_ACTIONS = Map.of(
            "viewerCanUpdate",
            "mutation ($id: ID!, $version: Int!) { updateArticle(input: {id: $id, lockVersion: $version,"
                    + " title: \"Renamed\"}) { article { id } userErrors { code } } }",
            "viewerCanArchive",
            "mutation ($id: ID!) { archiveArticle(input: {id: $id}) { id userErrors { code } } }");

    @Autowired
    AssetRegistration assets;

    @Autowired
    AssetArchiving assetArchiving;

    @Autowired
    KnowledgeService knowledge;

    /**
     * {@code owner} is the customer who owns the asset; {@code archived} an agent asking about an archived one,
     * which stays visible to staff but may no longer be changed.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "owner, viewerCanUpdate, false",
        "owner, viewerCanArchive, false",
        "agent, viewerCanUpdate, true",
        "agent, viewerCanArchive, true",
        "admin, viewerCanUpdate, true",
        "admin, viewerCanArchive, true",
        "archived, viewerCanUpdate, false",
        "archived, viewerCanArchive, true"
    })
    void assetPermissionsAgreeWithTheMutation(String role, String permission, boolean expected) {
        TestUser owner = users.create(Role.CUSTOMER);
        Asset asset = assets.create(
                users.admin().actor(),
                CreateAsset.builder()
                        .name("Laptop " + unique())
                        .ownerId(owner.id())
                        .build());
        if (role.equals("archived")) {
            asset = assetArchiving.archive(users.admin().actor(), asset.id(), null);
        }
        TestUser caller = role.equals("archived") ? users.agent() : caller(role, owner);

        DocumentContext shown = post(
                caller,
                "query ($id: ID!) { asset(id: $id) { viewerCanUpdate viewerCanArchive } }",
                Map.of("id", id(asset.id())));
        boolean allowed = shown.read("$.data.asset." + permission, Boolean.class);

        DocumentContext answer = post(
                caller, ASSET_ACTIONS.get(permission), Map.of("id", id(asset.id()), "version", asset.lockVersion()));
        assertThat(allowed).as("what %s is shown: %s", role, shown.jsonString()).isEqualTo(expected);
        assertThat(succeeded(answer))
                .as("what the mutation allowed: %s", answer.jsonString())
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "customer, viewerCanUpdate, false",
        "customer, viewerCanArchive, false",
        "agent, viewerCanUpdate, true",
        "agent, viewerCanArchive, true",
        "admin, viewerCanUpdate, true",
        "admin, viewerCanArchive, true"
    })
    void articlePermissionsAgreeWithTheMutation(String role, String permission, boolean expected) {
        TestUser customer = users.create(Role.CUSTOMER);
        Article article = knowledge.createArticle(
                users.agent().actor(), new CreateArticle("How to " + unique(), "Read this.", null, true));
        TestUser caller = caller(role.equals("customer") ? "requester" : role, customer);

        DocumentContext shown = post(
                caller,
                "query ($id: ID!) { article(id: $id) { viewerCanUpdate viewerCanArchive } }",
                Map.of("id", id(article.id())));
        boolean allowed = shown.read("$.data.article." + permission, Boolean.class);

        DocumentContext answer = post(
                caller,
                ARTICLE_ACTIONS.get(permission),
                Map.of("id", id(article.id()), "version", article.lockVersion()));
        assertThat(allowed).as("what %s is shown: %s", role, shown.jsonString()).isEqualTo(expected);
        assertThat(succeeded(answer))
                .as("what the mutation allowed: %s", answer.jsonString())
                .isEqualTo(allowed);
    }

    private TestUser caller(String role, TestUser requester) {
        Map<String, Function<TestUser, TestUser>> callers = Map.of(
                "requester",
                r -> r,
                "author",
                r -> r,
                "owner",
                r -> r,
                "agent",
                r -> users.agent(),
                "admin",
                r -> users.admin());
        return callers.get(role).apply(requester);
    }

    /** The mutation did its work: no error anywhere and a payload that names the object. */
    private static boolean succeeded(DocumentContext answer) {
        Map<String, Object> data = answer.read("$.data");
        if (answer.jsonString().contains("\"errors\"") || data == null) {
            return false;
        }
        Object payload = data.values().iterator().next();
        if (!(payload instanceof Map<?, ?> fields)) {
            return false;
        }
        Object userErrors = fields.get("userErrors");
        boolean noUserErrors = userErrors == null || ((List<?>) userErrors).isEmpty();
        return noUserErrors && fields.values().stream().anyMatch(v -> v != null && !(v instanceof List<?>));
    }

    private DocumentContext post(TestUser user, String query, Map<String, Object> variables) {
        String body = client().post()
                .uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, user.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query, "variables", variables))
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JsonPath.parse(body);
    }
}
