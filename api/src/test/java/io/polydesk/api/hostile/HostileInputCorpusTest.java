package io.polydesk.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.api.testing.WsConversation;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends malformed, mistyped, oversized and malicious input to the write and list endpoints of every surface, as
 * anonymous, customer, agent and administrator, and checks what no hostile request may get: a 5xx, a stack trace
 * or SQL in the body, an error outside the surface's own shape, or a change in the database when it was refused.
 * Every new endpoint joins {@link #endpoints()}.
 */
@PolydeskIntegrationTest
class HostileInputCorpusTest {

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat (org|io|java|jdk)\\.|java\\.lang|org\\.springframework|SQLState|SQL syntax|"
                    + "org\\.h2|mariadb|mysql",
            Pattern.CASE_INSENSITIVE);

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** One place hostile input is sent to; {@code shape} is what every refusal of that surface looks like. */
    private record Endpoint(String surface, String method, String path, Pattern shape) {}

    private record Payload(String name, String contentType, byte[] body) {
        static Payload json(String name, String body) {
            return new Payload(name, JSON, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TicketCreation tickets;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestUsers users;
    private Ticket ticket;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        TestUser customer = users.customer();
        ticket = tickets.create(
                customer.actor(),
                CreateTicket.builder().title("Hostile target").description("x").build());
    }

    private List<Endpoint> endpoints() {
        Pattern drf = Pattern.compile("^\\{\"(detail|[a-z_]+)\":", Pattern.DOTALL);
        Pattern envelope = Pattern.compile("^\\{\"error\":\\{\"(code|message)\":");
        Pattern rails = Pattern.compile("^\\{\"(errors|error)\":");
        Pattern graphql = Pattern.compile("\"errors\"\\s*:");
        Pattern anyJsonOrText = Pattern.compile("^(\\{|\\[|\"|[A-Za-z0-9])");
        long id = ticket.id();
        String friendly = ticket.number().replaceAll("^\\D+-0*", "");
        return List.of(
                new Endpoint("graphql", "POST", "/graphql", graphql),
                new Endpoint("arctyk", "GET", "/api/tickets/99999999999999999999999/", drf),
                new Endpoint("jitbit", "GET", "/api/Ticket/abc", anyJsonOrText),
                new Endpoint("jitbit", "GET", "/api/Ticket?id=-1e99", anyJsonOrText),
                new Endpoint("django-helpdesk", "GET", "/helpdesk/api/tickets/abc/", drf),
                new Endpoint("ticketing-v1", "GET", "/api/v1/tickets/0x1F", envelope),
                new Endpoint("bossdesk", "GET", "/bossdesk/api/v1/tickets/99999999999999999999", rails),
                new Endpoint("attachments", "POST", "/attachments", envelope),
                new Endpoint("arctyk", "POST", "/api/tickets/", drf),
                new Endpoint("arctyk", "PATCH", "/api/tickets/" + id + "/", drf),
                new Endpoint("arctyk", "POST", "/api/tickets/" + id + "/comments/", drf),
                new Endpoint("arctyk", "POST", "/api/assets/", drf),
                new Endpoint("arctyk", "GET", "/api/tickets/?page=-1&page_size=abc&status=%00", drf),
                new Endpoint("jitbit", "POST", "/api/Ticket", anyJsonOrText),
                new Endpoint("jitbit", "POST", "/api/UpdateTicket?id=" + id, anyJsonOrText),
                new Endpoint("jitbit", "POST", "/api/Comment?id=" + id, anyJsonOrText),
                new Endpoint("jitbit", "POST", "/api/CreateUser", anyJsonOrText),
                new Endpoint("jitbit", "GET", "/api/Tickets?count=-1&offset=abc&statusId=x", anyJsonOrText),
                new Endpoint(
                        "jitbit",
                        "GET",
                        "/api/Tickets?subscribedOnly=%00&categoryId=1,x,99999999999999999999",
                        anyJsonOrText),
                new Endpoint("jitbit", "GET", "/api/Close?id=" + id + "&suppressNotification=%27", anyJsonOrText),
                new Endpoint("jitbit", "POST", "/api/comment?id=" + id + "&recipientIds=1,%27;--", anyJsonOrText),
                new Endpoint("jitbit", "POST", "/api/AttachFile?id=" + id, anyJsonOrText),
                new Endpoint("jitbit", "POST", "/api/UpdateAsset?id=999999", anyJsonOrText),
                new Endpoint(
                        "jitbit", "POST", "/api/SetCustomFields?id=" + id + "&cf99999999999999999999=1", anyJsonOrText),
                new Endpoint("django-helpdesk", "POST", "/helpdesk/api/tickets/", drf),
                new Endpoint("django-helpdesk", "PATCH", "/helpdesk/api/tickets/" + id + "/", drf),
                new Endpoint("django-helpdesk", "POST", "/helpdesk/api/followups/", drf),
                new Endpoint("django-helpdesk", "POST", "/helpdesk/api/users/", drf),
                new Endpoint("django-helpdesk", "POST", "/helpdesk/api/followups-attachments/", drf),
                new Endpoint("django-helpdesk", "GET", "/helpdesk/api/tickets/?page=0&page_size=-3&status=a,b", drf),
                new Endpoint("ticketing-v1", "POST", "/api/v1/auth/login", envelope),
                new Endpoint("ticketing-v1", "POST", "/api/v1/tickets", envelope),
                new Endpoint("ticketing-v1", "PATCH", "/api/v1/tickets/" + id, envelope),
                new Endpoint("ticketing-v1", "POST", "/api/v1/tickets/" + id + "/comments", envelope),
                new Endpoint("ticketing-v1", "POST", "/api/v1/users", envelope),
                new Endpoint("ticketing-v1", "POST", "/api/v1/webhooks", envelope),
                new Endpoint("ticketing-v1", "GET", "/api/v1/tickets?page=-1&per_page=100000&sort=%27;--", envelope),
                new Endpoint("bossdesk", "POST", "/bossdesk/api/v1/tickets", rails),
                new Endpoint("bossdesk", "PATCH", "/bossdesk/api/v1/tickets/" + friendly, rails),
                new Endpoint("bossdesk", "POST", "/bossdesk/api/v1/tickets/" + friendly + "/comments", rails),
                new Endpoint("bossdesk", "POST", "/bossdesk/api/v1/users", rails),
                new Endpoint("bossdesk", "POST", "/bossdesk/api/v1/cis", rails),
                new Endpoint("bossdesk", "POST", "/bossdesk/api/v1/sessions", rails),
                new Endpoint(
                        "bossdesk",
                        "POST",
                        "/bossdesk/api/v1/uploads",
                        Pattern.compile("^(\\{\"errors\":|<\\?xml|<Error)")),
                new Endpoint("bossdesk", "POST", "/bossdesk/api/v1/tickets/" + friendly + "/time_entries", rails),
                new Endpoint("bossdesk", "POST", "/bossdesk/api/v1/my/tickets", rails),
                new Endpoint("bossdesk", "GET", "/bossdesk/api/v1/my/tickets?page=-1&q[status_eq]=%00&q[m]=or", rails),
                new Endpoint(
                        "bossdesk", "GET", "/bossdesk/api/v1/tickets?page=-1&per_page=abc&q[id_eq]=x&q[s]=;", rails));
    }

    private static List<Payload> payloads() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        byte[] invalidUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        return List.of(
                Payload.json("malformed", "{\"title\": \"unterminated"),
                Payload.json("array", "[1,2,3]"),
                Payload.json("scalar", "\"just a string\""),
                Payload.json("empty", ""),
                Payload.json(
                        "wrong types",
                        "{\"title\":123,\"subject\":[1],\"description\":{\"a\":1},\"body\":false,\"content\":7,"
                                + "\"priority\":[\"high\"],\"status\":{\"x\":1},\"email\":42,\"name\":true,"
                                + "\"ticket\":{\"subject\":5},\"user\":[],\"query\":5,\"followup\":null}"),
                Payload.json(
                        "huge string",
                        "{\"title\":\"" + "x".repeat(300_000) + "\",\"subject\":\"" + "y".repeat(300_000)
                                + "\",\"query\":\"{ me { id } }\"}"),
                Payload.json(
                        "huge numbers",
                        "{\"title\":\"t\",\"priority\":99999999999999999999999,\"assigned_to\":1e400,"
                                + "\"queue\":-99999999999999999999,\"ticket\":1.5e308,\"id\":-1}"),
                Payload.json(
                        "control characters",
                        "{\"title\":\"a\\u0000b\\u0007c\",\"subject\":\"\\u0000\",\"description\":\"\\u001b[2J\","
                                + "\"email\":\"a\\u0000@example.com\",\"query\":\"{ me { id } }\\u0000\"}"),
                new Payload("invalid UTF-8", JSON, invalidUtf8),
                Payload.json(
                        "SQL and HTML",
                        "{\"title\":\"' OR 1=1; DROP TABLE tickets; -- <script>alert(1)</script>\","
                                + "\"email\":\"x'--@example.com\",\"name\":\"<img src=x onerror=alert(1)>\"}"),
                Payload.json(
                        "path traversal",
                        "{\"filename\":\"../../../../etc/passwd\",\"name\":\"..\\\\..\\\\win.ini\",\"content\":\"QUFB\"}"),
                Payload.json("deep nesting", "{\"title\":" + deep + "}"),
                new Payload("odd content type", "application/xml", "<ticket><title>x</title></ticket>".getBytes()),
                new Payload("form garbage", FORM, "title=%ZZ&description=%&priority=%00&subject=%E0%A4%A".getBytes()),
                new Payload("multipart without boundary", "multipart/form-data", "--x\r\n\r\nbroken".getBytes()),
                new Payload(
                        "multipart cut short",
                        "multipart/form-data; boundary=zzz",
                        "--zzz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nabc".getBytes()),
                Payload.json(
                        "graphql aliases and fragments",
                        "{\"query\":\"query { " + "a: me { ...f } ".repeat(300) + "} fragment f on User { id }\"}"),
                Payload.json(
                        "graphql hostile ids",
                        "{\"query\":\"{ node(id: \\\"%00' OR 1=1\\\") { id } nodes(ids: [\\\"\\\", "
                                + "\\\"99999999999999999999999\\\", \\\"VGlja2V0Oi0x\\\"]) { id } "
                                + "ticket(number: \\\"TKT-99999999999999999999999\\\") { id } }\"}"),
                Payload.json(
                        "graphql bulk",
                        "{\"query\":\"mutation { updateTickets(ids: [\\\"1\\\", \\\"abc\\\", \\\"-1\\\"], "
                                + "input: {status: \\\"<script>\\\", addTags: [\\\"\\\"]}) { tickets { id } "
                                + "userErrors { code } } removeTicketTags(input: {ticketId: \\\"0x1\\\", tags: []}) "
                                + "{ ticket { id } } }\"}"),
                Payload.json(
                        "graphql watchers",
                        "{\"query\":\"mutation { watchTicket(input: {ticketId: \\\"%00' OR 1=1\\\", userId: \\\"-1\\\"}) "
                                + "{ ticket { id } userErrors { code } } unwatchTicket(input: {ticketId: "
                                + "\\\"VGlja2V0Oi0x\\\", userId: \\\"99999999999999999999999\\\"}) { ticket { id } } }\"}"),
                Payload.json(
                        "graphql inbox filters",
                        "{\"query\":\"{ viewer { user { id } teams { id } groups { id } company { id } } "
                                + "tickets(filter: {tagsAll: [\\\"' OR 1=1 --\\\", \\\"\\\"], tagsNone: [\\\"<script>\\\"], "
                                + "teamIds: [\\\"abc\\\"], typeIds: [\\\"-1\\\"], statusNot: [\\\"%00\\\"], "
                                + "teamIdsNot: [\\\"VGlja2V0Oi0x\\\"]}) { totalCount } "
                                + "ticket(id: \\\"1\\\") { watchers(first: -5) { id } watcherCount } }\"}"),
                Payload.json(
                        "graphql sla",
                        "{\"query\":\"mutation { createBusinessHours(input: {name: \\\"<b>\\\", timeZone: "
                                + "\\\"../../etc/passwd\\\", windows: [{day: MONDAY, start: \\\"25:99\\\", "
                                + "end: \\\"%00\\\"}], holidays: [\\\"2026-02-30\\\"]}) { businessHours { id } } "
                                + "createSlaPolicy(input: {name: \\\"x\\\", projectId: \\\"-1\\\", "
                                + "targets: [{priority: \\\"' OR 1=1\\\", firstResponseMinutes: 2147483647}]}) "
                                + "{ policy { id } } snoozeTicket(input: {id: \\\"VGlja2V0Oi0x\\\", "
                                + "until: \\\"9999-99-99\\\"}) { ticket { id } } }\"}"),
                Payload.json(
                        "graphql sla filter",
                        "{\"query\":\"{ tickets(first: 5, filter: {slaBreached: true, slaDueBefore: "
                                + "\\\"not-a-time\\\"}) { totalCount } slaPolicies { id } businessHours { id } }\"}"),
                Payload.json(
                        "graphql bad cursor",
                        "{\"query\":\"{ tickets(first: 5, after: \\\"%%%not-a-cursor\\\") { totalCount } }\"}"),
                Payload.json(
                        "graphql ticket listings with forged cursors",
                        "{\"query\":\"{ tickets(first: 3) { nodes { "
                                + "a: timeline(first: 3, after: \\\"dGltZWxpbmUtMXwxfGFiYzp6eg\\\") { totalCount } "
                                + "b: timeline(after: \\\"dGltZWxpbmUtMXwxfDkyMjMzNzIwMzY4NTQ3NzU4MDc6MQ\\\") { totalCount } "
                                + "c: comments(first: -1, after: \\\"Y29tbWVudHMtMXwxfC05MjIzMzcyMDM2ODU0Nzc1ODA4\\\") "
                                + "{ totalCount } d: changes(first: 101, after: \\\"\\\") { totalCount } "
                                + "e: timeline(first: 0) { nodes { __typename } } } } }\"}"));
    }

    @Test
    void noHostileRequestGetsAServerErrorALeakAForeignShapeOrAPartialWrite() throws Exception {
        List<TestUser> callers = new ArrayList<>();
        callers.add(null);
        callers.add(users.customer());
        callers.add(users.agent());
        callers.add(users.admin());
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Payload payload : payloads()) {
                for (TestUser caller : callers) {
                    check(endpoint, payload, caller, failures);
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private void check(Endpoint endpoint, Payload payload, TestUser caller, List<String> failures) throws Exception {
        Map<String, Object> before = rows();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.path()))
                .header("Content-Type", payload.contentType());
        if (caller != null) {
            request.header("Authorization", caller.basic());
        }
        request = endpoint.method().equals("GET")
                ? request.GET()
                : request.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(payload.body()));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String who = caller == null ? "anonymous" : caller.user().role().name();
        String what = endpoint.method() + " " + endpoint.path() + " [" + payload.name() + ", " + who + "] -> "
                + response.statusCode() + " " + abbreviate(response.body());
        if (response.statusCode() >= 500) {
            failures.add("server error: " + what);
        }
        if (LEAK.matcher(response.body()).find()) {
            failures.add("leak: " + what);
        }
        if (response.statusCode() >= 400) {
            if (!response.body().isEmpty()
                    && !endpoint.shape().matcher(response.body()).find()) {
                failures.add("foreign shape: " + what);
            }
            if (!rows().equals(before)) {
                failures.add("partial write: " + what);
            }
        }
    }

    /**
     * Paths the server itself refuses before any servlet runs: encoded slashes and backslashes, NUL, broken
     * escapes, characters a request line may not hold. Sent raw, since an HTTP client would refuse or fix them.
     */
    @Test
    void pathsTheServerRefusesAreAnsweredInTheSurfaceShapeNotAsHtml() throws Exception {
        Pattern drf = Pattern.compile("^\\{\"(detail|[a-z_]+)\":");
        Pattern envelope = Pattern.compile("^\\{\"error\":\\{\"(code|message)\":");
        Pattern rails = Pattern.compile("^\\{\"(errors|error)\":");
        Pattern graphql = Pattern.compile("^\\{\"errors\":");
        Pattern jitbit = Pattern.compile("^(\\{|\")");
        Map<String, Pattern> prefixes = new java.util.LinkedHashMap<>();
        prefixes.put("/api/tickets/", drf);
        prefixes.put("/helpdesk/api/tickets/", drf);
        prefixes.put("/api/v1/tickets/", envelope);
        prefixes.put("/bossdesk/api/v1/tickets/", rails);
        prefixes.put("/graphql/", graphql);
        prefixes.put("/api/Ticket/", jitbit);
        prefixes.put("/attachments/", envelope);
        prefixes.put("/v3/api-docs/", envelope);
        prefixes.put("/", envelope);
        List<String> tails = List.of(
                "a%2Fb",
                "a%2fb",
                "a%5Cb",
                "a%5cb",
                "a%00b",
                "%00",
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2f%2e%2e%2f",
                "a%",
                "a%zz",
                "a%C0%AF",
                "a|b",
                "a{b}",
                "a\\b",
                "a\u0001b",
                "a\"b",
                "a<b>",
                "%u0000");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Pattern> prefix : prefixes.entrySet()) {
            for (String tail : tails) {
                for (String method : List.of("GET", "POST")) {
                    String target = prefix.getKey() + tail;
                    RawAnswer answer = raw(method, target);
                    String what = method + " " + target + " -> " + answer.status() + " " + abbreviate(answer.body());
                    if (answer.status() < 400 || answer.status() >= 500) {
                        failures.add("not a 4xx: " + what);
                    }
                    if (answer.body().toLowerCase().contains("<html")
                            || LEAK.matcher(answer.body()).find()) {
                        failures.add("html or leak: " + what);
                    }
                    if (!answer.body().isEmpty()) {
                        if (!answer.contentType().startsWith("application/json")
                                && !answer.contentType().startsWith("text/plain")) {
                            failures.add("not json: " + answer.contentType() + " " + what);
                        }
                        if (!prefix.getValue().matcher(answer.body()).find()) {
                            failures.add("foreign shape: " + what);
                        }
                    }
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /**
     * The subscription endpoint: WebSocket upgrades with wrong, malformed or missing credentials, and malformed
     * graphql-transport-ws messages. The server answers a refused upgrade with a 4xx in GraphQL's shape and ends a
     * bad conversation with a 4xxx close code (or 1008/1009), never an internal error (1011) or a leak.
     */
    @Test
    void theSubscriptionEndpointRefusesHostileUpgradesAndMessagesWithoutAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        String encryptedJwtShape = "Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d";
        Map<String, String> upgrades = new java.util.LinkedHashMap<>();
        upgrades.put(
                "wrong password", "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:wrong".getBytes()));
        upgrades.put("garbage bearer", "Bearer not.a.jwt");
        upgrades.put("encrypted JWT shape", encryptedJwtShape);
        upgrades.put("NUL in credential", "Basic \u0000\u0000");
        upgrades.put("unknown scheme", "Negotiate abc");
        for (Map.Entry<String, String> upgrade : upgrades.entrySet()) {
            RawAnswer answer = raw(
                    "GET",
                    "/graphql",
                    Map.of(
                            "Upgrade", "websocket",
                            "Connection", "Upgrade",
                            "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==",
                            "Sec-WebSocket-Version", "13",
                            "Sec-WebSocket-Protocol", "graphql-transport-ws",
                            "Authorization", upgrade.getValue()));
            String what = "upgrade [" + upgrade.getKey() + "] -> " + answer.status() + " " + abbreviate(answer.body());
            if (answer.status() != 401 && answer.status() != 400) {
                failures.add("not refused: " + what);
            }
            if (LEAK.matcher(answer.body()).find() || !answer.body().startsWith("{\"errors\":")) {
                failures.add("leak or foreign shape: " + what);
            }
        }
        String agent = users.agent().basic();
        String ticketEvents = "subscription { ticketEvents { type ticket { id } } }";
        Map<String, List<String>> conversations = new java.util.LinkedHashMap<>();
        conversations.put("not JSON", List.of("{{{"));
        conversations.put("JSON array", List.of("[1,2]"));
        conversations.put("no type", List.of("{\"payload\":{}}"));
        conversations.put("unknown type", List.of("{\"type\":\"wat\"}"));
        conversations.put("subscribe before init", List.of(subscribe("1", ticketEvents)));
        conversations.put("init twice", List.of(init(agent), init(agent)));
        conversations.put("init payload of the wrong type", List.of("{\"type\":\"connection_init\",\"payload\":[1]}"));
        conversations.put(
                "authorization of the wrong type",
                List.of("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":42}}"));
        conversations.put("encrypted JWT in init", List.of(init(encryptedJwtShape)));
        conversations.put(
                "NUL in init", List.of("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"\\u0000\"}}"));
        conversations.put(
                "subscribe without id",
                List.of(init(agent), "{\"type\":\"subscribe\",\"payload\":{\"query\":\"" + ticketEvents + "\"}}"));
        conversations.put(
                "subscribe without query",
                List.of(init(agent), "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{}}"));
        conversations.put(
                "query of the wrong type",
                List.of(init(agent), "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":[1]}}"));
        conversations.put("broken query", List.of(init(agent), subscribe("1", "subscription { ticketEvents {")));
        conversations.put("unknown field", List.of(init(agent), subscribe("1", "subscription { nope }")));
        conversations.put(
                "bad arguments",
                List.of(
                        init(agent),
                        subscribe(
                                "1",
                                "subscription { ticketEvents(filter: {ticketId: \\\"%00' OR 1=1\\\"}, after: \\\"-1e99\\\") { type } }")));
        conversations.put(
                "deep query",
                List.of(
                        init(agent),
                        subscribe(
                                "1",
                                "subscription { ticketEvents { ticket { " + "links { ticket { ".repeat(20) + "id"
                                        + " } }".repeat(20) + " } } }")));
        conversations.put(
                "duplicate id", List.of(init(agent), subscribe("1", ticketEvents), subscribe("1", ticketEvents)));
        conversations.put("a query, not a subscription", List.of(init(agent), subscribe("1", "{ me { id } }")));
        conversations.put("complete of an unknown id", List.of(init(agent), "{\"type\":\"complete\",\"id\":\"zz\"}"));
        conversations.put(
                "huge message",
                List.of(
                        init(agent),
                        subscribe("1", "subscription { ticketEvents { type } } #" + "x".repeat(2_000_000))));
        conversations.put("anonymous subscribe", List.of(init(null), subscribe("1", ticketEvents)));
        // Wrong credentials in connection_init always end with graphql-transport-ws' 4401 close frame, never a drop.
        Set<String> refusedInits = Set.of("authorization of the wrong type", "encrypted JWT in init", "NUL in init");
        for (Map.Entry<String, List<String>> conversation : conversations.entrySet()) {
            WsConversation.Answer answer = WsConversation.converse(port, Map.of(), conversation.getValue(), 2);
            String what = "subscription [" + conversation.getKey() + "] -> close " + answer.closeCode() + " "
                    + abbreviate(String.join(" | ", answer.messages()));
            if (answer.closeCode() == 1011 || answer.closeCode() == 1006) {
                failures.add("server error: " + what);
            }
            if (refusedInits.contains(conversation.getKey()) && answer.closeCode() != 4401) {
                failures.add("refused init not closed with 4401: " + what);
            }
            if (answer.messages().stream().anyMatch(m -> LEAK.matcher(m).find())) {
                failures.add("leak: " + what);
            }
            boolean refused = answer.closeCode() >= 4400 && answer.closeCode() < 4500
                    || answer.closeCode() == 1008
                    || answer.closeCode() == 1009
                    || answer.messages().stream()
                            .anyMatch(m -> m.contains("\"type\":\"error\"") || m.contains("\"errors\":[{"));
            if (!refused && !conversation.getKey().equals("complete of an unknown id")) {
                failures.add("not refused: " + what);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /**
     * The API documents and their viewer take no input but the dialect's name: odd names, methods, queries and
     * bodies are 4xx in the plain JSON shape (or the document itself), for every caller.
     */
    @Test
    void theApiDocumentsRefuseHostileRequestsInTheirShape() throws Exception {
        Pattern envelope = Pattern.compile("^\\{\"error\":\\{\"(code|message)\":");
        List<String> paths = List.of(
                "/v3/api-docs/arctyk?group=../../etc/passwd&x=%00",
                "/v3/api-docs/ticketing-v1?format=%27;--",
                "/v3/api-docs/no-such-dialect",
                "/v3/api-docs/%3Cscript%3E",
                "/v3/api-docs/" + "x".repeat(5000),
                "/v3/api-docs/swagger-config?configUrl=javascript:alert(1)",
                "/v3/api-docs.yaml/arctyk/../../",
                "/swagger-ui.html?url=http://evil.example/x.json",
                "/swagger-ui/index.html?configUrl=%00",
                "/swagger-ui/../../../../etc/passwd",
                "/swagger-ui/no-such-asset.js");
        List<TestUser> callers = new ArrayList<>();
        callers.add(null);
        callers.add(users.customer());
        callers.add(users.admin());
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                for (TestUser caller : callers) {
                    Map<String, Object> before = rows();
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", JSON)
                            .method(
                                    method,
                                    method.equals("GET")
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(
                                                    "{\"openapi\":\"3.1.0\",\"paths\":{\"/x\":1}}"));
                    if (caller != null) {
                        request.header("Authorization", caller.basic());
                    }
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    String who =
                            caller == null ? "anonymous" : caller.user().role().name();
                    String what = method + " " + abbreviate(path) + " [" + who + "] -> " + response.statusCode() + " "
                            + abbreviate(response.body());
                    if (response.statusCode() >= 500) {
                        failures.add("server error: " + what);
                    }
                    if (LEAK.matcher(response.body()).find()) {
                        failures.add("leak: " + what);
                    }
                    if (response.statusCode() >= 400
                            && !response.body().isEmpty()
                            && !envelope.matcher(response.body()).find()) {
                        failures.add("foreign shape: " + what);
                    }
                    if (!method.equals("GET") && response.statusCode() < 400) {
                        failures.add("a write was taken: " + what);
                    }
                    if (!rows().equals(before)) {
                        failures.add("partial write: " + what);
                    }
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private static String init(String authorization) {
        return authorization == null
                ? "{\"type\":\"connection_init\"}"
                : "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"" + authorization + "\"}}";
    }

    private static String subscribe(String id, String query) {
        return "{\"type\":\"subscribe\",\"id\":\"" + id + "\",\"payload\":{\"query\":\"" + query + "\"}}";
    }

    private record RawAnswer(int status, String contentType, String body) {}

    private RawAnswer raw(String method, String target) throws Exception {
        return raw(method, target, Map.of("Connection", "close"));
    }

    private RawAnswer raw(String method, String target, Map<String, String> headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder lines = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            headers.forEach((name, value) ->
                    lines.append(name).append(": ").append(value).append("\r\n"));
            String request = lines
                    + (method.equals("GET") ? "\r\n" : "Content-Type: " + JSON + "\r\nContent-Length: 2\r\n\r\n{}");
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket.getInputStream());
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
            String body = headEnd < 0 ? "" : answer.substring(headEnd + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunked(body);
            }
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            String contentType = head.lines()
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim())
                    .findFirst()
                    .orElse("");
            return new RawAnswer(status, contentType, body);
        }
    }

    /** Reads until the server closes or one whole answer (by Content-Length or the last chunk) has come. */
    private static String readAnswer(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            read.write(buffer, 0, n);
            String sofar = read.toString(StandardCharsets.UTF_8);
            int headEnd = sofar.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                continue;
            }
            String head = sofar.substring(0, headEnd).toLowerCase();
            java.util.regex.Matcher length =
                    Pattern.compile("content-length: *(\\d+)").matcher(head);
            if (length.find() && read.size() - headEnd - 4 >= Integer.parseInt(length.group(1))) {
                break;
            }
            if (head.contains("transfer-encoding: chunked") && sofar.endsWith("0\r\n\r\n")) {
                break;
            }
            if (head.startsWith("http/1.1 101")) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static String unchunked(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    private Map<String, Object> rows() {
        return jdbc.queryForMap("SELECT (SELECT COUNT(*) FROM tickets) AS tickets, (SELECT COUNT(*) FROM comments)"
                + " AS comments, (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM attachments) AS files,"
                + " (SELECT COUNT(*) FROM assets) AS assets, (SELECT COUNT(*) FROM ticket_history) AS history,"
                + " (SELECT COUNT(*) FROM webhook_endpoints) AS webhooks,"
                + " (SELECT COUNT(*) FROM ticket_subscribers) AS watchers,"
                + " (SELECT COUNT(*) FROM sla_policies) AS policies,"
                + " (SELECT COUNT(*) FROM business_hours) AS hours");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
