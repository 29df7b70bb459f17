package io.polydesk.api.graphql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.batch.StatementCountingDataSource;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code Ticket.history} is batch loaded: the history of a page of 50 tickets costs as many SQL statements as
 * that of 5, each ticket still gets exactly its own entries, and listings show history only of visible tickets.
 */
@PolydeskIntegrationTest
@Import(TicketHistoryBatchLoadingTest.CountStatements.class)
class TicketHistoryBatchLoadingTest extends GraphQlTestSupport {

    private static final int MANY = 50;
    private static final int FEW = 5;

    private static final String PAGE = """
            query ($requester: ID, $first: Int) {
              tickets(filter: {requesterId: $requester}, first: $first) {
                edges { node { id title history { field fromValue toValue actor { id } } } }
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

    @Test
    void historyOfFiftyTicketsCostsNoMoreStatementsThanOfFive() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        for (int i = 0; i < MANY; i++) {
            Ticket ticket = ticket(customer, "Ticket " + i);
            ticketService.changeStatus(agent.actor(), ticket.id(), "open", null, null);
        }
        HttpGraphQlTester tester = as(agent);
        statementsFor(tester, customer, FEW);

        long forFew = statementsFor(tester, customer, FEW);
        long forMany = statementsFor(tester, customer, MANY);

        assertThat(forFew).isPositive();
        assertThat(forMany).as("statements for %d tickets vs %d for %d", MANY, forFew, FEW).isEqualTo(forFew);
    }

    @Test
    void eachTicketShowsOnlyItsOwnChangesOldestFirst() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket quiet = ticket(customer, "Quiet");
        Ticket busy = ticket(customer, "Busy");
        ticketService.changeStatus(agent.actor(), busy.id(), "open", null, null);
        ticketService.changeStatus(agent.actor(), busy.id(), "resolved", null, null);

        as(customer).document(PAGE).variable("requester", id(customer.id())).variable("first", 10).execute()
                .path("tickets.edges[*].node.title").entityList(String.class).containsExactly("Busy", "Quiet")
                .path("tickets.edges[0].node.history[*].toValue").entityList(String.class)
                .containsExactly("open", "resolved")
                .path("tickets.edges[0].node.history[*].fromValue").entityList(String.class)
                .containsExactly("new", "open")
                .path("tickets.edges[0].node.history[0].actor.id").entity(String.class).isEqualTo(id(agent.id()))
                .path("tickets.edges[1].node.history").entityList(Object.class).hasSize(0);
    }

    @Test
    void aCustomerListingAnotherRequestersTicketsSeesNeitherTicketsNorHistory() {
        TestUser agent = users.agent();
        TestUser owner = users.customer();
        Ticket theirs = ticket(owner, "Theirs");
        ticketService.changeStatus(agent.actor(), theirs.id(), "open", null, null);

        as(users.customer()).document(PAGE).variable("requester", id(owner.id())).variable("first", 10).execute()
                .path("tickets.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void anonymousCallerGetsNoHistory() {
        singleError(anonymous().document(PAGE).variable("first", 1).execute(), "UNAUTHORIZED");
    }

    private long statementsFor(HttpGraphQlTester tester, TestUser requester, int first) {
        long before = statements.count();
        tester.document(PAGE).variable("requester", id(requester.id())).variable("first", first).execute()
                .path("tickets.edges").entityList(Object.class).hasSize(first)
                .path("tickets.edges[*].node.history[0].toValue").entityList(String.class)
                .satisfies(values -> assertThat(values).hasSize(first).containsOnly("open"));
        return statements.count() - before;
    }
}
