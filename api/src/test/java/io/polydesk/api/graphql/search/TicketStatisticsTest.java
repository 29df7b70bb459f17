package io.polydesk.api.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

@PolydeskIntegrationTest
class TicketStatisticsTest extends GraphQlTestSupport {

    private static final String STATS = """
            query ($from: Date!, $to: Date!) {
              ticketStatistics(from: $from, to: $to) {
                total
                byStatus { status { key } count }
                byPriority { priority { key } count }
                byAssignee { assignee { id } count }
                byProject { project { id } count }
                daily { day opened closed }
                meanFirstResponseSeconds meanResolutionSeconds
              }
            }""";

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anonymousStatisticsAreUnauthorized() {
        singleError(
                anonymous()
                        .document(STATS)
                        .variable("from", TODAY.toString())
                        .variable("to", TODAY.toString())
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void aCustomersStatisticsCoverOnlyTheirOwnTickets() {
        TestUser customer = users.customer();
        Ticket answered = ticket(customer, "First");
        ticket(customer, "Second");
        ticket(users.customer(), "Someone else's");
        comment(users.agent(), answered, "Looking into it", false);

        as(customer)
                .document(STATS)
                .variable("from", TODAY.minusDays(2).toString())
                .variable("to", TODAY.toString())
                .execute()
                .path("ticketStatistics.total")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("ticketStatistics.byStatus[*].count")
                .entityList(Integer.class)
                .containsExactly(2)
                .path("ticketStatistics.byAssignee[0].assignee")
                .valueIsNull()
                .path("ticketStatistics.byAssignee[0].count")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("ticketStatistics.byProject[0].project")
                .valueIsNull()
                .path("ticketStatistics.daily[*].day")
                .entityList(String.class)
                .containsExactly(
                        TODAY.minusDays(2).toString(), TODAY.minusDays(1).toString(), TODAY.toString())
                .path("ticketStatistics.daily[*].opened")
                .entityList(Integer.class)
                .containsExactly(0, 0, 2)
                .path("ticketStatistics.meanFirstResponseSeconds")
                .entity(Double.class)
                .satisfies(seconds -> assertThat(seconds).isGreaterThanOrEqualTo(0.0))
                .path("ticketStatistics.meanResolutionSeconds")
                .valueIsNull();
    }

    @Test
    void staffStatisticsCoverEveryonesTicketsAndNameTheAssignee() {
        TestUser agent = users.agent();
        Ticket assigned = ticket(users.customer(), "Assigned");
        ticketUpdates.assign(users.admin().actor(), assigned.id(), agent.id(), null);
        ticket(users.customer(), "Another");

        as(agent)
                .document(STATS)
                .variable("from", TODAY.toString())
                .variable("to", TODAY.toString())
                .execute()
                .path("ticketStatistics.total")
                .entity(Integer.class)
                .satisfies(total -> assertThat(total).isGreaterThanOrEqualTo(2))
                .path("ticketStatistics.byAssignee[?(@.assignee.id == '" + agent.id() + "')].count")
                .entityList(Integer.class)
                .containsExactly(1)
                .path("ticketStatistics.daily")
                .entityList(Object.class)
                .hasSize(1);
    }

    @Test
    void aRangeBackwardsOrLongerThanAYearIsInvalid() {
        TestUser agent = users.agent();
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(STATS)
                                .variable("from", "2026-03-02")
                                .variable("to", "2026-03-01")
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("to");
        assertThat(detailFields(singleError(
                        as(agent)
                                .document(STATS)
                                .variable("from", "2025-01-01")
                                .variable("to", "2026-01-02")
                                .execute(),
                        "BAD_REQUEST")))
                .containsExactly("to");
    }
}
