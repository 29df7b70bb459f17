package io.polydesk.api.graphql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.batch.StatementCountingDataSource;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketSubscriptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox fields (team, type, watchers, their count, whether the caller watches, the permissions) and the inbox
 * filters cost the same number of SQL statements for a page of 5 tickets as for 50.
 */
@PolydeskIntegrationTest
@Import(InboxFieldsBatchLoadingTest.CountStatements.class)
class InboxFieldsBatchLoadingTest extends GraphQlTestSupport {

    private static final String PAGE = """
            query ($tag: String!, $first: Int) {
              tickets(filter: {tagsAll: [$tag], tagsNone: ["spam"], statusNot: ["closed"]}, first: $first) {
                edges { node {
                  id team { id name } type { id name } watcherCount viewerIsWatching
                  watchers(first: 2) { id name } viewerCanUpdate viewerCanAssign
                } }
              }
            }""";

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
    TeamService teams;

    @Autowired
    TicketSubscriptions subscriptions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyTicketsCostNoMoreStatementsThanFive() {
        TestUser agent = users.create(Role.AGENT);
        TestUser other = users.create(Role.AGENT);
        TestUser customer = users.create(Role.CUSTOMER);
        String tag = "inbox-" + unique();
        long team = teams.createTeam(users.admin().actor(), new CreateTeam("Team " + tag, null))
                .id();
        jdbc.update("INSERT INTO ticket_types (name) VALUES (?)", "Type " + tag);
        long type = jdbc.queryForObject("SELECT id FROM ticket_types WHERE name = ?", Long.class, "Type " + tag);
        for (int i = 0; i < 50; i++) {
            Ticket ticket = ticket(
                    agent.actor(),
                    CreateTicket.builder()
                            .title("Inbox " + i)
                            .requesterId(customer.id())
                            .teamId(i % 2 == 0 ? team : null)
                            .typeId(type)
                            .tags(List.of(tag))
                            .build());
            subscriptions.watch(agent.actor(), ticket.id(), i % 3 == 0 ? null : other.id());
            subscriptions.watch(agent.actor(), ticket.id(), customer.id());
        }
        HttpGraphQlTester tester = as(agent);
        statementsFor(tester, tag, 5);

        long forFive = statementsFor(tester, tag, 5);
        long forFifty = statementsFor(tester, tag, 50);

        assertThat(forFive).isPositive();
        assertThat(forFifty)
                .as("statements for 50 tickets vs %d for 5", forFive)
                .isEqualTo(forFive);
    }

    private long statementsFor(HttpGraphQlTester tester, String tag, int first) {
        long before = statements.count();
        tester.document(PAGE)
                .variable("tag", tag)
                .variable("first", first)
                .execute()
                .path("tickets.edges")
                .entityList(Object.class)
                .hasSize(first)
                .path("tickets.edges[0].node.type.name")
                .entity(String.class)
                .isEqualTo("Type " + tag)
                .path("tickets.edges[*].node.watcherCount")
                .entityList(Integer.class)
                .satisfies(counts -> assertThat(counts).containsOnly(2))
                .path("tickets.edges[0].node.watchers")
                .entityList(Object.class)
                .hasSize(2);
        return statements.count() - before;
    }
}
