package io.polydesk.api.graphql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.node.GraphQlVersion;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketSubscriptions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Following a ticket: who may, who is shown, and what a customer learns of other watchers. */
@PolydeskIntegrationTest
class TicketWatchersGraphQlTest extends GraphQlTestSupport {

    private static final String WATCH = """
            mutation ($input: WatchTicketInput!) {
              watchTicket(input: $input) { ticket { id viewerIsWatching watcherCount } userErrors { field code } }
            }""";

    private static final String UNWATCH = """
            mutation ($input: WatchTicketInput!) {
              unwatchTicket(input: $input) { ticket { id viewerIsWatching } userErrors { field code } }
            }""";

    private static final String WATCHERS = """
            query ($id: ID!, $first: Int) {
              ticket(id: $id) {
                viewerIsWatching watcherCount
                watchers(first: $first) { id username email phone }
              }
            }""";

    @Autowired
    TicketSubscriptions subscriptions;

    private HttpGraphQlTester v2(TestUser user) {
        return as(user).mutate().header(GraphQlVersion.HEADER, "2").build();
    }

    private static Map<String, Object> input(Ticket ticket, TestUser watcher) {
        Map<String, Object> input = new HashMap<>();
        input.put("ticketId", id(ticket.id()));
        if (watcher != null) {
            input.put("userId", id(watcher.id()));
        }
        return input;
    }

    @Test
    void aCustomerFollowsAndLeavesTheirOwnTicket() {
        TestUser customer = users.create(Role.CUSTOMER);
        Ticket ticket = ticket(customer, "Followed " + unique());

        GraphQlTester.Response watched = v2(customer)
                .document(WATCH)
                .variable("input", input(ticket, null))
                .execute();
        watched.path("watchTicket.userErrors").entityList(Object.class).hasSize(0);
        watched.path("watchTicket.ticket.viewerIsWatching")
                .entity(Boolean.class)
                .isEqualTo(true);
        watched.path("watchTicket.ticket.watcherCount").entity(Integer.class).isEqualTo(1);
        // Following twice changes nothing.
        v2(customer)
                .document(WATCH)
                .variable("input", input(ticket, customer))
                .execute()
                .path("watchTicket.ticket.watcherCount")
                .entity(Integer.class)
                .isEqualTo(1);

        GraphQlTester.Response left = v2(customer)
                .document(UNWATCH)
                .variable("input", input(ticket, null))
                .execute();
        left.path("unwatchTicket.userErrors").entityList(Object.class).hasSize(0);
        left.path("unwatchTicket.ticket.viewerIsWatching").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void agentsAddOthersAndCustomersSeeThemWithoutContactDetails() {
        TestUser customer = users.create(Role.CUSTOMER);
        TestUser agent = users.create(Role.AGENT);
        Ticket ticket = ticket(customer, "Watched by staff " + unique());

        v2(agent)
                .document(WATCH)
                .variable("input", input(ticket, null))
                .execute()
                .path("watchTicket.userErrors")
                .entityList(Object.class)
                .hasSize(0);
        v2(agent)
                .document(WATCH)
                .variable("input", input(ticket, customer))
                .execute()
                .path("watchTicket.ticket.watcherCount")
                .entity(Integer.class)
                .isEqualTo(2);

        GraphQlTester.Response seen =
                as(customer).document(WATCHERS).variable("id", id(ticket.id())).execute();
        seen.path("ticket.viewerIsWatching").entity(Boolean.class).isEqualTo(true);
        seen.path("ticket.watchers[*].username")
                .entityList(String.class)
                .containsExactly(agent.user().username(), customer.user().username());
        // The agent's contact details are not the customer's to see; their own are.
        seen.path("ticket.watchers[0].email").valueIsNull();
        seen.path("ticket.watchers[0].phone").valueIsNull();
        seen.path("ticket.watchers[1].email")
                .entity(String.class)
                .isEqualTo(customer.user().email());

        GraphQlTester.Response staff = as(agent)
                .document(WATCHERS)
                .variable("id", id(ticket.id()))
                .variable("first", 1)
                .execute();
        staff.path("ticket.watchers[*].username")
                .entityList(String.class)
                .containsExactly(agent.user().username());
        staff.path("ticket.watchers[0].email")
                .entity(String.class)
                .isEqualTo(agent.user().email());
        staff.path("ticket.watcherCount").entity(Integer.class).isEqualTo(2);

        v2(agent)
                .document(UNWATCH)
                .variable("input", input(ticket, customer))
                .execute()
                .path("unwatchTicket.userErrors")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(subscriptions.subscribers(agent.actor(), ticket.id()))
                .extracting(u -> u.id())
                .containsExactly(agent.id());
    }

    @Test
    void aCustomerMayNotAddOthersNorWatchAnotherCustomersTicket() {
        TestUser customer = users.create(Role.CUSTOMER);
        TestUser other = users.create(Role.CUSTOMER);
        Ticket own = ticket(customer, "Own " + unique());
        Ticket foreign = ticket(other, "Foreign " + unique());

        v2(customer)
                .document(WATCH)
                .variable("input", input(own, users.agent()))
                .execute()
                .path("watchTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("FORBIDDEN");
        GraphQlTester.Response notFound = v2(customer)
                .document(WATCH)
                .variable("input", input(foreign, null))
                .execute();
        notFound.path("watchTicket.ticket").valueIsNull();
        notFound.path("watchTicket.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        v2(customer)
                .document(UNWATCH)
                .variable("input", input(foreign, null))
                .execute()
                .path("unwatchTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
        // Another customer's watchers of the foreign ticket never show: the ticket itself is not found.
        subscriptions.subscribe(users.agent().actor(), foreign.id(), other.id());
        as(customer)
                .document(WATCHERS)
                .variable("id", id(foreign.id()))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty())
                .path("ticket")
                .valueIsNull();
    }

    @Test
    void staffMayNotAddACustomerWhoCannotSeeTheTicketNorAnUnknownUser() {
        TestUser customer = users.create(Role.CUSTOMER);
        TestUser stranger = users.create(Role.CUSTOMER);
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Private " + unique());

        v2(agent)
                .document(WATCH)
                .variable("input", input(ticket, stranger))
                .execute()
                .path("watchTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID");
        v2(agent)
                .document(WATCH)
                .variable("input", Map.of("ticketId", id(ticket.id()), "userId", "987654321"))
                .execute()
                .path("watchTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
        v2(agent)
                .document(WATCH)
                .variable("input", Map.of("ticketId", "not an id"))
                .execute()
                .path("watchTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID");
        as(agent)
                .document(WATCHERS)
                .variable("id", id(ticket.id()))
                .variable("first", 101)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
    }

    @Test
    void anonymousCallersAreRefused() {
        singleError(
                anonymous()
                        .document(WATCH)
                        .variable("input", Map.of("ticketId", "1"))
                        .execute(),
                "UNAUTHORIZED");
        singleError(
                anonymous()
                        .document(UNWATCH)
                        .variable("input", Map.of("ticketId", "1"))
                        .execute(),
                "UNAUTHORIZED");
    }
}
