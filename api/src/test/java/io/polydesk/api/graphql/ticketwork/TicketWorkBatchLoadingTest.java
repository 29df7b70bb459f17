package io.polydesk.api.graphql.ticketwork;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.batch.StatementCountingDataSource;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.task.CreateTask;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskService;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntryService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The ticket-work fields (tasks, time entries and totals, links, parent, sub-tickets, merge target) are batch
 * loaded: a page of many tickets costs as many SQL statements as a page of a few.
 */
@PolydeskIntegrationTest
@Import(TicketWorkBatchLoadingTest.CountStatements.class)
class TicketWorkBatchLoadingTest extends GraphQlTestSupport {

    private static final int TICKETS = 16;

    private static final String PAGE = """
            query ($requester: ID, $first: Int) {
              tickets(filter: {requesterId: $requester}, first: $first) {
                edges { node {
                  id
                  tasks { title type { name } agent { id } ticket { id } }
                  timeSpent { minutes billableMinutes }
                  timeEntries(first: 2) { totalCount edges { node { minutes agent { id } task { title } } } }
                  links { kind outward ticket { id } }
                  parent { id }
                  subTickets { id }
                  mergedInto { id }
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
    TaskService tasks;

    @Autowired
    TimeEntryService time;

    @Autowired
    RelationService relations;

    @Autowired
    TicketMergeService merges;

    @Test
    void manyTicketsCostNoMoreStatementsThanAFew() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket previous = null;
        for (int i = 0; i < TICKETS; i++) {
            Ticket ticket = ticket(
                    agent.actor(),
                    CreateTicket.builder()
                            .title("Work " + i)
                            .requesterId(customer.id())
                            .build());
            Task task = tasks.create(
                    agent.actor(), ticket.id(), new CreateTask("Task " + i, null, null, agent.id(), null, null));
            time.log(
                    agent.actor(),
                    ticket.id(),
                    new LogTime(null, LocalDate.of(2026, 11, 1), 10 + i, i % 2 == 0, task.id(), null));
            time.log(agent.actor(), ticket.id(), new LogTime(null, LocalDate.of(2026, 11, 2), 5, false, null, null));
            if (previous != null) {
                relations.link(agent.actor(), ticket.id(), previous.id(), LinkKind.RELATES_TO);
                relations.setParent(agent.actor(), ticket.id(), previous.id());
            }
            previous = ticket;
        }
        Ticket merged = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Merged away")
                        .requesterId(customer.id())
                        .build());
        merges.merge(agent.actor(), merged.id(), previous.id());
        HttpGraphQlTester tester = as(agent);
        statementsFor(tester, customer, 4);

        long forFew = statementsFor(tester, customer, 4);
        long forMany = statementsFor(tester, customer, TICKETS);

        assertThat(forFew).isPositive();
        assertThat(forMany)
                .as("statements for %d tickets vs %d for 4", TICKETS, forFew)
                .isEqualTo(forFew);
    }

    private long statementsFor(HttpGraphQlTester tester, TestUser requester, int first) {
        long before = statements.count();
        tester.document(PAGE)
                .variable("requester", id(requester.id()))
                .variable("first", first)
                .execute()
                .path("tickets.edges")
                .entityList(Object.class)
                .hasSize(first)
                // Newest first: the merged-away ticket, then the end of the chain, then one in its middle.
                .path("tickets.edges[0].node.mergedInto.id")
                .hasValue()
                .path("tickets.edges[2].node.tasks[0].agent.id")
                .hasValue()
                .path("tickets.edges[2].node.tasks[0].ticket.id")
                .hasValue()
                .path("tickets.edges[2].node.timeEntries.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("tickets.edges[2].node.links")
                .entityList(Object.class)
                .hasSize(2)
                .path("tickets.edges[2].node.parent.id")
                .hasValue()
                .path("tickets.edges[2].node.subTickets")
                .entityList(Object.class)
                .hasSize(1);
        return statements.count() - before;
    }
}
