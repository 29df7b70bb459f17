package io.polydesk.api.graphql.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every nested field is batch-loaded: a page of tickets with their people, project, tags and first comments
 * costs the same number of SQL statements for 5 tickets as for 50.
 */
@PolydeskIntegrationTest
@Import(BatchLoadingTest.CountStatements.class)
class BatchLoadingTest extends GraphQlTestSupport {

    private static final String PAGE = """
            query ($requester: ID, $first: Int) {
              tickets(filter: {requesterId: $requester}, first: $first) {
                totalCount
                edges { node {
                  id title tags commentCount
                  status { key } priority { key }
                  requester { id name } assignee { id name } project { id name ticketCount }
                  comments(first: 2) { nodes { content author { id name } editHistory(first: 3) { previousContent } } }
                  customFields { key value }
                  history(first: 5) { field toValue actor { id name } }
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

    private static final Logger log = LoggerFactory.getLogger(BatchLoadingTest.class);

    @Autowired
    StatementCountingDataSource statements;

    @Test
    void fiftyTicketsCostNoMoreStatementsThanFive() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Project project = project();
        for (int i = 0; i < 50; i++) {
            Ticket ticket = ticket(
                    agent.actor(),
                    CreateTicket.builder()
                            .title("Batch " + i)
                            .projectId(project.id())
                            .assigneeId(i % 2 == 0 ? agent.id() : null)
                            .requesterId(customer.id())
                            .tags(List.of("t" + (i % 3), "batch"))
                            .build());
            comment(customer, ticket, "First of " + i, false);
            comment(agent, ticket, "Second of " + i, false);
            comment(agent, ticket, "Third of " + i, true);
            ticketUpdates.changeStatus(agent.actor(), ticket.id(), "open", null, null);
        }
        HttpGraphQlTester tester = as(agent);
        // Warms up what is read once per process (workflow tables, the credential cache).
        statementsFor(tester, customer, 5);

        long forFive = statementsFor(tester, customer, 5);
        long forFifty = statementsFor(tester, customer, 50);

        log.info("SQL statements for a page of 5 tickets: {}, for 50: {}", forFive, forFifty);
        assertThat(forFive).isPositive();
        assertThat(forFifty)
                .as("statements for 50 tickets vs %d for 5", forFive)
                .isEqualTo(forFive);
    }

    private long statementsFor(HttpGraphQlTester tester, TestUser requester, int first) {
        long before = statements.count();
        tester.document(PAGE)
                .variable("requester", id(requester.id()))
                .variable("first", first)
                .execute()
                .path("tickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(50)
                .path("tickets.edges")
                .entityList(Object.class)
                .hasSize(first)
                .path("tickets.edges[0].node.comments.nodes")
                .entityList(Object.class)
                .hasSize(2)
                .path("tickets.edges[0].node.requester.id")
                .entity(String.class)
                .isEqualTo(id(requester.id()))
                .path("tickets.edges[0].node.tags")
                .entityList(String.class)
                .contains("batch")
                .path("tickets.edges[0].node.history[0].toValue")
                .entity(String.class)
                .isEqualTo("open");
        return statements.count() - before;
    }
}
