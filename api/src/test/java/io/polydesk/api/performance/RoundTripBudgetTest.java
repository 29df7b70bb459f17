package io.polydesk.api.performance;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.batch.ServerCommandCounter;
import io.polydesk.api.graphql.batch.StatementCountingDataSource;
import io.polydesk.api.testing.HttpReply;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.sla.SlaAdministration;
import io.polydesk.domain.sla.SlaPolicy;
import io.polydesk.domain.sla.SlaPolicyCommand;
import io.polydesk.domain.sla.SlaPolicyCommand.TargetSpec;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketSubscriptions;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntryService;
import io.polydesk.domain.token.ApiTokenService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Every request has a budget of round trips to the database, counted as the server sees them (statements,
 * {@code SET autocommit}, {@code COMMIT}): a ticket read costs at most 4, a page at most 5, a create at most 10,
 * and a GraphQL page of 50 tickets with their people and counts at most 8. A request signed in with an API token
 * it used shortly before pays nothing for the credential. Every dialect keeps the same budgets.
 */
@PolydeskIntegrationTest
@Import(RoundTripBudgetTest.CountStatements.class)
class RoundTripBudgetTest extends GraphQlTestSupport {

    private static final Logger log = LoggerFactory.getLogger(RoundTripBudgetTest.class);

    @TestConfiguration(proxyBeanMethods = false)
    static class CountStatements {
        @Bean
        static StatementCountingDataSource statementCountingDataSource() {
            return new StatementCountingDataSource();
        }
    }

    @Autowired
    StatementCountingDataSource statements;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    TicketSubscriptions subscriptions;

    private final SoftAssertions budgets = new SoftAssertions();
    private TestUser agent;
    private Client client;
    private Ticket ticket;
    private Project project;

    @BeforeEach
    void aTicketWithEverythingItsDetailShows() {
        agent = users.agent();
        TestUser customer = users.customer();
        project = project();
        for (int i = 0; i < 50; i++) {
            ticket = ticket(
                    agent.actor(),
                    CreateTicket.builder()
                            .title("Budget " + i)
                            .description("Counted")
                            .projectId(project.id())
                            .assigneeId(i % 2 == 0 ? agent.id() : null)
                            .requesterId(customer.id())
                            .build());
            comment(customer, ticket, "Public " + i, false);
            comment(agent, ticket, "Internal " + i, true);
        }
        String secret = apiTokens.create(agent.actor(), "budget").secret();
        client = new Client(port, "Bearer " + secret);
    }

    @Test
    void arctykReadsAndWritesStayWithinTheirBudgets() {
        assertBudget("Arctyk GET one", 4, () -> client.get("/api/tickets/" + ticket.id() + "/"));
        assertBudget("Arctyk list", 5, () -> client.get("/api/tickets/"));
        assertBudget(
                "Arctyk create",
                10,
                () -> client.post("/api/tickets/", "{\"title\":\"Budgeted\",\"priority\":\"high\"}"),
                201);
    }

    @Test
    void graphQlPageOfFiftyTicketsStaysWithinItsBudget() {
        String query = """
                {"query":"{ tickets(first: 50) { totalCount edges { node { id status { key } priority { key } \
                requester { id name } assignee { id name } commentCount } } } }"}""";
        assertBudget("GraphQL page of 50", 8, () -> client.outside("POST", "/graphql", "application/json", query));
    }

    /**
     * The agent inbox: a page with timeline previews (all four sources present) and the viewer's permissions. The
     * previews cost one statement for the order and one per source, whatever the page size.
     */
    @Test
    void graphQlInboxWithTimelinePreviewsCostsTheSameForTenAndFiftyTickets() {
        Ticket recent = ticketUpdates.changeStatus(agent.actor(), ticket.id(), "open", null, null);
        context.getBean(TimeEntryService.class)
                .log(agent.actor(), recent.id(), LogTime.of(LocalDate.of(2026, 1, 5), 10));
        String query = """
                {"query":"{ tickets(first: %d) { nodes { id title assignee { id name } viewerCanUpdate \
                viewerCanComment viewerCanAssign viewerCanDelete timeline(first: 3) { totalCount nodes { __typename \
                ... on Comment { content author { id name } } ... on StatusChangedEvent { at actor { id } to { key } } \
                ... on TimeEntry { minutes } } } } } }"}""";
        long ten = spent(() -> client.outside("POST", "/graphql", "application/json", query.formatted(10)));
        assertBudget(
                "GraphQL inbox of 50 with timeline previews",
                12,
                () -> client.outside("POST", "/graphql", "application/json", query.formatted(50)));
        long fifty = spent(() -> client.outside("POST", "/graphql", "application/json", query.formatted(50)));
        budgets.assertThat(fifty).as("inbox of 50 against inbox of 10").isEqualTo(ten);
    }

    /**
     * A page with every ticket's SLA: the policies and business hours come from memory, the clocks from the ticket
     * rows, so the page costs what it costs without them, whatever its size.
     */
    @Test
    void graphQlPageWithSlaCostsTheSameForTenAndFiftyTickets() {
        SlaAdministration sla = context.getBean(SlaAdministration.class);
        SlaPolicy policy = sla.createPolicy(
                users.admin().actor(),
                SlaPolicyCommand.create(
                        "Budget " + unique(),
                        project.id(),
                        null,
                        null,
                        List.of(new TargetSpec("medium", 60, 480), new TargetSpec("high", 30, 240))));
        try {
            String query = """
                    {"query":"{ tickets(first: %d) { nodes { id pendingUntil sla { breached policy { name } \
                    firstResponse { dueAt remainingMinutes state } resolution { dueAt state } } } } }"}""";
            long ten = spent(() -> client.outside("POST", "/graphql", "application/json", query.formatted(10)));
            assertBudget(
                    "GraphQL page of 50 with SLA",
                    5,
                    () -> client.outside("POST", "/graphql", "application/json", query.formatted(50)));
            long fifty = spent(() -> client.outside("POST", "/graphql", "application/json", query.formatted(50)));
            budgets.assertThat(fifty)
                    .as("SLA page of 50 against SLA page of 10")
                    .isEqualTo(ten);
            budgets.assertThat(client.outside("POST", "/graphql", "application/json", query.formatted(1))
                            .raw()
                            .body())
                    .contains("\"state\":\"ACTIVE\"");
        } finally {
            sla.archivePolicy(users.admin().actor(), policy.id());
        }
    }

    @Test
    void everyDialectReadsAPageWithinTheBudget() {
        assertBudget("Jitbit list", 5, () -> client.get("/api/Tickets"));
        assertBudget("Ticketing list", 5, () -> client.get("/api/v1/tickets"));
        assertBudget("BOSSDesk list", 5, () -> client.get("/bossdesk/api/v1/tickets"));
        assertBudget("django-helpdesk list", 5, () -> client.get("/helpdesk/api/tickets/"));
        subscriptions.subscribe(agent.actor(), ticket.id(), agent.id());
        ticket(agent.actor(), CreateTicket.builder().title("The agent's own").build());
        assertBudget(
                "Jitbit list of subscribed tickets in two categories",
                5,
                () -> client.get("/api/Tickets?subscribedOnly=true&categoryId=" + project.id() + "," + project.id()));
        assertBudget("BOSSDesk my tickets", 5, () -> client.get("/bossdesk/api/v1/my/tickets"));
        budgets.assertThat(client.get("/api/Tickets?subscribedOnly=true&categoryId=" + project.id())
                        .raw()
                        .body())
                .contains("\"IssueID\":" + ticket.id());
        budgets.assertThat(client.get("/bossdesk/api/v1/my/tickets").raw().body())
                .contains("The agent's own");
    }

    /** Jitbit's Stats is one grouped statement, however many statuses the workflow has. */
    @Test
    void jitbitStatsIsOneStatement() {
        assertBudget("Jitbit Stats", 1, () -> client.get("/api/Stats"));
    }

    /**
     * django-helpdesk's create writes more than a create: the ticket (with its event, 10 as Arctyk's with the
     * transaction), its opening followup (the comment and its event, which reads the ticket's project), and answers
     * the full Ticket (requester, and files with custom fields in one statement; the followup is not read again).
     */
    @Test
    void djangoHelpdeskCreateWithItsOpeningFollowupStaysWithinItsBudget() {
        assertBudget(
                "django-helpdesk create",
                15,
                () -> client.post(
                        "/helpdesk/api/tickets/",
                        "{\"queue\":" + project.id()
                                + ",\"title\":\"Budgeted\",\"description\":\"Opening\",\"priority\":3}"),
                201);
    }

    /**
     * These details show more than Arctyk's (comments, files, tags, custom fields, time, tasks, companies): the
     * ticket, its comments and its people are a query each, and everything else one statement of facets.
     */
    @Test
    void everyDialectReadsATicketWithinTheBudget() {
        long id = ticket.id();
        assertBudget("django-helpdesk GET one", 4, () -> client.get("/helpdesk/api/tickets/" + id + "/"));
        assertBudget("Ticketing GET one", 4, () -> client.get("/api/v1/tickets/" + id));
        assertBudget("Jitbit GET one", 4, () -> client.get("/api/Ticket?id=" + id));
        assertBudget("BOSSDesk GET one", 4, () -> client.get("/bossdesk/api/v1/tickets/" + id));
    }

    @AfterEach
    void everyBudgetHeld() {
        budgets.assertAll();
    }

    private void assertBudget(String what, int budget, Supplier<Client.Reply> request) {
        assertBudget(what, budget, request, 200);
    }

    private long spent(Supplier<Client.Reply> request) {
        request.get().expect(200);
        long before = statements.count();
        request.get().expect(200);
        return statements.count() - before;
    }

    private void assertBudget(String what, int budget, Supplier<Client.Reply> request, int status) {
        // The first call warms what a process reads once (workflow tables) and the token's credential.
        request.get().expect(status);
        long before = statements.count();
        request.get().expect(status);
        long spent = statements.count() - before;
        log.info("Round trips for {}: {}", what, spent);
        budgets.assertThat(spent)
                .as("round trips for %s: %s", what, ServerCommandCounter.latest(spent))
                .isLessThanOrEqualTo(budget);
    }

    /** Any surface, with a path given whole. */
    static final class Client extends HttpTestClient<Client.Reply> {
        Client(int port, String authorization) {
            super(port, "", authorization, Map.of("Accept", "application/json"), Reply::new);
        }

        record Reply(int status, HttpResponse<String> raw) implements HttpReply<Reply> {
            Reply(HttpResponse<String> raw) {
                this(raw.statusCode(), raw);
            }
        }
    }
}
