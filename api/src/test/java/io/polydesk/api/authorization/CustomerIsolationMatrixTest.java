package io.polydesk.api.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.node.GlobalId;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketSubscriptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One customer against another's ticket, on every surface: reading, listing, searching, counting and editing it
 * get what the domain allows a stranger, which is nothing. No answer names the ticket, its comments or its
 * requester's address, and no attempt changes the database.
 */
@PolydeskIntegrationTest
class CustomerIsolationMatrixTest {

    /** A request by the intruding customer; {@code direct} ones name the other ticket and must be refused. */
    private record Attempt(String surface, String what, String method, String path, String body, boolean direct) {}

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketCreation tickets;

    @Autowired
    CommentService comments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TicketSubscriptions watchers;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestUser owner;
    private TestUser intruder;
    private Ticket secret;
    private String secretTitle;
    private String secretComment;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        owner = users.customer();
        intruder = users.customer();
        secretTitle = "secret-" + UUID.randomUUID();
        secretComment = "comment-" + UUID.randomUUID();
        secret = tickets.create(
                owner.actor(),
                CreateTicket.builder()
                        .title(secretTitle)
                        .description("private matter")
                        .build());
        comments.add(owner.actor(), secret.id(), secretComment, false);
        watchers.watch(owner.actor(), secret.id(), null);
        // The intruder has a ticket of their own, so lists and counts have something legitimate to show.
        tickets.create(intruder.actor(), CreateTicket.of("mine-" + UUID.randomUUID(), "x"));
    }

    private List<Attempt> attempts() {
        long id = secret.id();
        String friendly = secret.number().replaceAll("^\\D+-0*", "");
        String search = secretTitle;
        return List.of(
                graphql("read", "{ ticket(id: \\\"" + id + "\\\") { title } }", true),
                graphql("list", "{ tickets(first: 100) { edges { node { title } } } }", false),
                graphql(
                        "node",
                        "{ node(id: \\\"" + new GlobalId("Ticket", id).encoded()
                                + "\\\") { id ... on Ticket { title } } }",
                        true),
                graphql(
                        "nodes",
                        "{ nodes(ids: [\\\"" + new GlobalId("Ticket", id).encoded()
                                + "\\\"]) { id ... on Ticket { title } } }",
                        true),
                graphql("by number", "{ ticket(number: \\\"" + secret.number() + "\\\") { title } }", true),
                graphql(
                        "bulk edit",
                        "mutation { updateTickets(ids: [\\\"" + id
                                + "\\\"], input: {priority: \\\"high\\\"}) { tickets { title } } }",
                        true),
                graphql(
                        "tag",
                        "mutation { addTicketTags(input: {ticketId: \\\"" + id
                                + "\\\", tags: [\\\"taken\\\"]}) { ticket { title } } }",
                        true),
                graphql(
                        "search",
                        "{ tickets(filter: {text: \\\"" + search + "\\\"}) { totalCount edges { node { title } } } }",
                        false),
                graphql(
                        "count",
                        "{ ticketStatistics(from: \\\"2020-01-01\\\", to: \\\"2030-12-31\\\") { total } }",
                        false),
                graphql(
                        "comments",
                        "{ ticket(id: \\\"" + id + "\\\") { comments { edges { node { content } } } } }",
                        true),
                graphql(
                        "timeline",
                        "{ ticket(id: \\\"" + id + "\\\") { timeline { totalCount nodes { ... on Comment { content } }"
                                + " } } }",
                        true),
                graphql(
                        "changes",
                        "{ ticket(id: \\\"" + id + "\\\") { changes { totalCount nodes { field toValue } } } }",
                        true),
                graphql(
                        "edit",
                        "mutation { updateTicket(input: {id: \\\"" + id
                                + "\\\", title: \\\"taken\\\"}) { ticket { id } } }",
                        true),
                graphql(
                        "snooze",
                        "mutation { snoozeTicket(input: {id: \\\"" + id
                                + "\\\", until: \\\"2030-01-01T00:00:00Z\\\"}) { ticket { title } } }",
                        true),
                graphql("sla", "{ ticket(id: \\\"" + id + "\\\") { title sla { breached } pendingUntil } }", true),
                graphql(
                        "breach filter",
                        "{ tickets(filter: {slaBreached: true}) { edges { node { title } } } }",
                        false),
                graphql(
                        "comment",
                        "mutation { addComment(input: {ticketId: \\\"" + id
                                + "\\\", content: \\\"hi\\\"}) { comment { id } } }",
                        true),
                graphql(
                        "watch",
                        "mutation { watchTicket(input: {ticketId: \\\"" + id
                                + "\\\"}) { ticket { title watchers { username email } } } }",
                        true),
                graphql(
                        "unwatch",
                        "mutation { unwatchTicket(input: {ticketId: \\\"" + id + "\\\", userId: \\\"" + owner.id()
                                + "\\\"}) { ticket { title } } }",
                        true),
                graphql(
                        "watchers",
                        "{ ticket(id: \\\"" + id + "\\\") { watcherCount watchers { username email } } }",
                        true),
                graphql(
                        "inbox filters",
                        "{ tickets(first: 100, filter: {tagsNone: [\\\"x\\\"], statusNot: [\\\"closed\\\"],"
                                + " requesterId: \\\"" + owner.id() + "\\\"}) { totalCount edges { node { title"
                                + " watchers { email } } } } }",
                        false),
                graphql("viewer", "{ viewer { user { email } company { name } groups { name } } }", false),
                new Attempt("arctyk", "read", "GET", "/api/tickets/" + id + "/", null, true),
                new Attempt("arctyk", "list", "GET", "/api/tickets/?page_size=100", null, false),
                new Attempt("arctyk", "search", "GET", "/api/tickets/?search=" + search, null, false),
                new Attempt("arctyk", "comments", "GET", "/api/tickets/" + id + "/comments/", null, true),
                new Attempt("arctyk", "edit", "PATCH", "/api/tickets/" + id + "/", "{\"title\":\"taken\"}", true),
                new Attempt(
                        "arctyk", "comment", "POST", "/api/tickets/" + id + "/comments/", "{\"content\":\"hi\"}", true),
                new Attempt("jitbit", "read", "GET", "/api/ticket?id=" + id, null, true),
                new Attempt("jitbit", "list", "GET", "/api/Tickets?count=300", null, false),
                new Attempt("jitbit", "search", "GET", "/api/Search?query=" + search, null, false),
                new Attempt("jitbit", "comments", "GET", "/api/comments?id=" + id, null, true),
                new Attempt("jitbit", "edit", "POST", "/api/UpdateTicket?id=" + id + "&subject=taken", null, true),
                new Attempt("jitbit", "comment", "POST", "/api/comment?id=" + id + "&body=hi", null, true),
                new Attempt("jitbit", "stats", "GET", "/api/Stats", null, false),
                new Attempt("jitbit", "subscribed", "GET", "/api/Tickets?subscribedOnly=true&count=300", null, false),
                new Attempt("jitbit", "close", "GET", "/api/Close?id=" + id, null, true),
                new Attempt("jitbit", "subscribers", "GET", "/api/Subscribers?id=" + id, null, true),
                new Attempt(
                        "jitbit",
                        "subscribe",
                        "POST",
                        "/api/AddSubscriber?id=" + id + "&userId=" + intruder.id(),
                        null,
                        true),
                new Attempt("jitbit", "attachments", "GET", "/api/Attachments?id=" + id, null, true),
                new Attempt("django-helpdesk", "read", "GET", "/helpdesk/api/user_tickets/" + id + "/", null, true),
                new Attempt("django-helpdesk", "list", "GET", "/helpdesk/api/user_tickets/", null, false),
                new Attempt("django-helpdesk", "staff read", "GET", "/helpdesk/api/tickets/" + id + "/", null, true),
                new Attempt(
                        "django-helpdesk",
                        "edit",
                        "PATCH",
                        "/helpdesk/api/tickets/" + id + "/",
                        "{\"title\":\"taken\"}",
                        true),
                new Attempt("ticketing-v1", "read", "GET", "/api/v1/tickets/" + id, null, true),
                new Attempt("ticketing-v1", "list", "GET", "/api/v1/tickets?per_page=100", null, false),
                new Attempt("ticketing-v1", "search", "GET", "/api/v1/tickets?q=" + search, null, false),
                new Attempt("ticketing-v1", "edit", "PATCH", "/api/v1/tickets/" + id, "{\"title\":\"taken\"}", true),
                new Attempt(
                        "ticketing-v1",
                        "comment",
                        "POST",
                        "/api/v1/tickets/" + id + "/comments",
                        "{\"body\":\"hi\"}",
                        true),
                new Attempt("bossdesk", "read", "GET", "/bossdesk/api/v1/my/tickets/" + friendly, null, true),
                new Attempt("bossdesk", "list", "GET", "/bossdesk/api/v1/my/tickets?per_page=30", null, false),
                new Attempt("bossdesk", "staff read", "GET", "/bossdesk/api/v1/tickets/" + friendly, null, true),
                new Attempt(
                        "bossdesk",
                        "reopen",
                        "PATCH",
                        "/bossdesk/api/v1/my/tickets/" + friendly + "/reopen",
                        "{}",
                        true),
                new Attempt(
                        "bossdesk",
                        "comment",
                        "POST",
                        "/bossdesk/api/v1/my/tickets/" + friendly + "/comments",
                        "{\"comment\":{\"body\":\"hi\"}}",
                        true),
                new Attempt(
                        "bossdesk",
                        "edit",
                        "PATCH",
                        "/bossdesk/api/v1/tickets/" + friendly,
                        "{\"ticket\":{\"subject\":\"taken\"}}",
                        true));
    }

    private static Attempt graphql(String what, String query, boolean direct) {
        return new Attempt("graphql", what, "POST", "/graphql", "{\"query\":\"" + query + "\"}", direct);
    }

    @Test
    void aCustomerGetsNothingOfAnotherCustomersTicketOnAnySurface() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Attempt attempt : attempts()) {
            Map<String, Object> before = rows();
            HttpResponse<String> response = send(attempt);
            String what = attempt.surface() + " " + attempt.what() + " (" + attempt.method() + " " + attempt.path()
                    + ") -> " + response.statusCode() + " " + abbreviate(response.body());
            String body = response.body();
            if (body.contains(secretTitle)
                    || body.contains(secretComment)
                    || body.contains(owner.user().email())) {
                failures.add("sees the other customer's ticket: " + what);
            }
            boolean refused = response.statusCode() >= 400 || body.contains("\"errors\"");
            if (attempt.direct() && !refused) {
                failures.add("not refused: " + what);
            }
            if (response.statusCode() >= 500) {
                failures.add("server error: " + what);
            }
            if (!rows().equals(before)) {
                failures.add("changed the database: " + what);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT title FROM tickets WHERE id = ?", String.class, secret.id()))
                .isEqualTo(secretTitle);
    }

    /**
     * The subscription endpoint: naming the other ticket is NOT_FOUND, and a replay of the whole event log from
     * its start (with every field that could carry it) shows nothing of it.
     */
    @Test
    void aCustomerHearsNothingOfAnotherCustomersTicketOverTheSubscriptionEndpoint() throws Exception {
        String init = "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"" + intruder.basic() + "\"}}";
        String fields = "{ id type ticketId ticket { title description } comment { content } actor { email } }";
        List<String> frames = List.of(
                init,
                subscribe(
                        "direct",
                        "ticketEvents(filter: {ticketId: \\\"" + secret.id() + "\\\"}, after: \\\"0\\\") " + fields),
                subscribe(
                        "comments", "commentAdded(ticketId: \\\"" + secret.id() + "\\\", after: \\\"0\\\") " + fields),
                subscribe("replay", "ticketEvents(after: \\\"0\\\") " + fields));
        io.polydesk.api.testing.WsConversation.Answer answer =
                io.polydesk.api.testing.WsConversation.converse(port, Map.of(), frames, 4);
        List<String> failures = new ArrayList<>();
        for (String message : answer.messages()) {
            if (message.contains(secretTitle)
                    || message.contains(secretComment)
                    || message.contains(owner.user().email())
                    || message.contains("\"ticketId\":\"" + secret.id() + "\"")) {
                failures.add("hears of the other customer's ticket: " + abbreviate(message));
            }
        }
        for (String id : List.of("direct", "comments")) {
            boolean notFound = answer.messages().stream()
                    .anyMatch(m -> m.contains("\"id\":\"" + id + "\"") && m.contains("NOT_FOUND"));
            if (!notFound) {
                failures.add("not refused: " + id + " in " + abbreviate(String.join(" | ", answer.messages())));
            }
        }
        if (answer.closeCode() == 1011 || answer.closeCode() == 1006) {
            failures.add("server error: close " + answer.closeCode());
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** The API documents and their viewer hold no data: a customer finds nothing of anyone's tickets in them. */
    @Test
    void theApiDocumentsShowACustomerNothingOfAnyonesData() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path : List.of(
                "/v3/api-docs/arctyk",
                "/v3/api-docs/jitbit",
                "/v3/api-docs/django-helpdesk",
                "/v3/api-docs/ticketing-v1",
                "/v3/api-docs/bossdesk",
                "/v3/api-docs/swagger-config",
                "/swagger-ui.html")) {
            HttpResponse<String> response = send(new Attempt("api-docs", "read " + path, "GET", path, null, false));
            String body = response.body();
            if (response.statusCode() >= 400) {
                failures.add("not served: " + path + " -> " + response.statusCode());
            }
            if (body.contains(secretTitle)
                    || body.contains(secretComment)
                    || body.contains(owner.user().email())
                    || body.contains(intruder.user().email())) {
                failures.add("holds data: " + path);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static String subscribe(String id, String selection) {
        return "{\"type\":\"subscribe\",\"id\":\"" + id + "\",\"payload\":{\"query\":\"subscription { " + selection
                + " }\"}}";
    }

    private HttpResponse<String> send(Attempt attempt) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + attempt.path()))
                .header("Authorization", intruder.basic())
                .header("Accept", "application/json");
        if (attempt.body() == null) {
            request.method(attempt.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(attempt.method(), HttpRequest.BodyPublishers.ofString(attempt.body()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> rows() {
        return jdbc.queryForMap("SELECT (SELECT COUNT(*) FROM tickets) AS tickets, (SELECT COUNT(*) FROM comments)"
                + " AS comments, (SELECT COUNT(*) FROM ticket_history) AS history,"
                + " (SELECT MAX(updated_at) FROM tickets) AS touched,"
                + " (SELECT COUNT(*) FROM ticket_subscribers) AS watchers");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
