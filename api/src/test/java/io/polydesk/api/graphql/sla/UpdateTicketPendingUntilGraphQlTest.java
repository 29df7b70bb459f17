package io.polydesk.api.graphql.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.node.GraphQlVersion;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code updateTicket}'s {@code pendingUntil}: snoozing and waking by the general update, by snoozeTicket's rules. */
@PolydeskIntegrationTest
class UpdateTicketPendingUntilGraphQlTest extends GraphQlTestSupport {

    private static final String UPDATE = """
            mutation ($input: UpdateTicketInput!) {
              updateTicket(input: $input) {
                ticket { status { key } pendingUntil lockVersion }
                userErrors { field code }
              }
            }""";

    private HttpGraphQlTester v2(TestUser user) {
        return as(user).mutate().header(GraphQlVersion.HEADER, "2").build();
    }

    private GraphQlTester.Response update(TestUser caller, Ticket ticket, Map<String, Object> fields) {
        int lockVersion = lockVersion(ticket);
        Map<String, Object> input = new HashMap<>(fields);
        input.put("id", id(ticket.id()));
        input.put("lockVersion", lockVersion);
        return v2(caller).document(UPDATE).variable("input", input).execute();
    }

    private int lockVersion(Ticket ticket) {
        return as(users.agent())
                .document("query ($id: ID!) { ticket(id: $id) { lockVersion } }")
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.lockVersion")
                .entity(Integer.class)
                .get();
    }

    private static Instant hoursAhead(int hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant pendingUntil(GraphQlTester.Response response) {
        String value = response.path("updateTicket.ticket.pendingUntil")
                .entity(String.class)
                .get();
        return Instant.parse(value);
    }

    @Test
    void settingPendingUntilAloneMovesTheTicketToOnHold() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Snooze me " + unique());
        Instant until = hoursAhead(3);

        GraphQlTester.Response snoozed = update(agent, ticket, Map.of("pendingUntil", until.toString()));

        snoozed.path("updateTicket.userErrors").entityList(Object.class).hasSize(0);
        snoozed.path("updateTicket.ticket.status.key").entity(String.class).isEqualTo("on_hold");
        assertThat(pendingUntil(snoozed)).isEqualTo(until);
    }

    @Test
    void anOnHoldTicketMovesItsWakeUpAndClearingItKeepsThePendingStatus() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Pending " + unique());
        update(
                        agent,
                        ticket,
                        Map.of(
                                "status",
                                "on_hold",
                                "pendingUntil",
                                hoursAhead(1).toString()))
                .path("updateTicket.ticket.status.key")
                .entity(String.class)
                .isEqualTo("on_hold");
        int before = lockVersion(ticket);

        Instant later = hoursAhead(48);
        GraphQlTester.Response moved = update(agent, ticket, Map.of("pendingUntil", later.toString()));
        assertThat(pendingUntil(moved)).isEqualTo(later);
        // Only the clock changed: no new version, so a client holding the ticket can still write it.
        moved.path("updateTicket.ticket.lockVersion").entity(Integer.class).isEqualTo(before);

        Map<String, Object> clear = new HashMap<>();
        clear.put("pendingUntil", null);
        GraphQlTester.Response cleared = update(agent, ticket, clear);
        cleared.path("updateTicket.ticket.pendingUntil").valueIsNull();
        cleared.path("updateTicket.ticket.status.key").entity(String.class).isEqualTo("on_hold");
    }

    @Test
    void leavingOnHoldInTheSameUpdateDropsTheSnooze() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Wake " + unique());
        update(agent, ticket, Map.of("pendingUntil", hoursAhead(5).toString()));

        Map<String, Object> wake = new HashMap<>();
        wake.put("status", "open");
        wake.put("pendingUntil", null);
        GraphQlTester.Response woken = update(agent, ticket, wake);
        woken.path("updateTicket.ticket.status.key").entity(String.class).isEqualTo("open");
        woken.path("updateTicket.ticket.pendingUntil").valueIsNull();
    }

    @Test
    void aWakeUpTimeBesideAnotherStatusOrOutOfRangeIsInvalidAndCustomersMayNotSetIt() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Refused " + unique());
        for (Map<String, Object> fields : List.<Map<String, Object>>of(
                Map.of("status", "in_progress", "pendingUntil", hoursAhead(2).toString()),
                Map.of("pendingUntil", Instant.now().minusSeconds(60).toString()),
                Map.of("pendingUntil", Instant.now().plus(400, ChronoUnit.DAYS).toString()))) {
            GraphQlTester.Response refused = update(agent, ticket, fields);
            refused.path("updateTicket.ticket").valueIsNull();
            refused.path("updateTicket.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
            refused.path("updateTicket.userErrors[0].field")
                    .entityList(String.class)
                    .containsExactly("input", "pendingUntil");
        }
        update(customer, ticket, Map.of("pendingUntil", hoursAhead(2).toString()))
                .path("updateTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("FORBIDDEN");
        as(agent)
                .document("query ($id: ID!) { ticket(id: $id) { status { key } pendingUntil } }")
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.status.key")
                .entity(String.class)
                .isEqualTo("new")
                .path("ticket.pendingUntil")
                .valueIsNull();
    }
}
