package io.polydesk.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketPolicyTest {

    private static Ticket ticket(long requesterId, boolean archived) {
        Instant now = Instant.now();
        return Ticket.builder()
                .id(1)
                .number("TKT-001")
                .title("t")
                .statusId(1)
                .priorityId(1)
                .requesterId(requesterId)
                .source("api")
                .createdAt(now)
                .updatedAt(now)
                .archived(archived)
                .build();
    }

    @Test
    void customerSeesOnlyTicketsTheyRequested() {
        Actor customer = new Actor(7, "c", Role.CUSTOMER);
        assertThat(TicketPolicy.canView(customer, ticket(7, false))).isTrue();
        assertThat(TicketPolicy.canView(customer, ticket(8, false))).isFalse();
        assertThat(TicketPolicy.canSeeInternal(customer)).isFalse();
    }

    @Test
    void staffSeeEveryLiveTicketButNoArchivedOne() {
        Actor agent = new Actor(1, "a", Role.AGENT);
        assertThat(TicketPolicy.canView(agent, ticket(8, false))).isTrue();
        assertThat(TicketPolicy.canView(agent, ticket(8, true))).isFalse();
        assertThat(TicketPolicy.canSeeInternal(agent)).isTrue();
    }

    @Test
    void ownTicketsAreTheOnesTheCallerRequestedWhateverTheirRole() {
        Actor agent = new Actor(1, "a", Role.AGENT);
        Actor customer = new Actor(7, "c", Role.CUSTOMER);
        assertThat(TicketPolicy.isOwn(agent, ticket(1, false))).isTrue();
        assertThat(TicketPolicy.isOwn(agent, ticket(7, false))).isFalse();
        assertThat(TicketPolicy.isOwn(customer, ticket(7, false))).isTrue();
        assertThat(TicketPolicy.isOwn(customer, ticket(8, false))).isFalse();
        assertThat(TicketPolicy.isOwn(customer, ticket(7, true))).isFalse();
    }

    @Test
    void ticketNumbersArePrefixedAndPadded() {
        assertThat(new TicketSettings("TKT").number(1)).isEqualTo("TKT-001");
        assertThat(new TicketSettings("HD").number(1234)).isEqualTo("HD-1234");
    }
}
