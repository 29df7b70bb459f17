package io.polydesk.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatcherPolicyTest {

    private static Ticket ticketOf(long requesterId) {
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
                .build();
    }

    private static User user(long id, Role role, boolean active) {
        Instant now = Instant.now();
        return new User(id, "u" + id, null, null, null, role, null, null, null, null, active, null, 0, now, now);
    }

    @Test
    void aWatcherIsALiveUserWhoCouldSeeTheTicket() {
        Ticket ticket = ticketOf(7);
        assertThat(WatcherPolicy.canWatch(user(7, Role.CUSTOMER, true), ticket)).isTrue();
        assertThat(WatcherPolicy.canWatch(user(8, Role.CUSTOMER, true), ticket)).isFalse();
        assertThat(WatcherPolicy.canWatch(user(2, Role.AGENT, true), ticket)).isTrue();
        assertThat(WatcherPolicy.canWatch(user(2, Role.AGENT, false), ticket)).isFalse();
    }

    @Test
    void onlyStaffManageOtherWatchers() {
        Actor customer = new Actor(7, "c", Role.CUSTOMER);
        Actor agent = new Actor(2, "a", Role.AGENT);
        assertThat(WatcherPolicy.canManage(customer, 7)).isTrue();
        assertThat(WatcherPolicy.canManage(customer, 8)).isFalse();
        assertThat(WatcherPolicy.canManage(agent, 8)).isTrue();
    }
}
