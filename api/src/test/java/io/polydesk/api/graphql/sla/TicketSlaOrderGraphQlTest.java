package io.polydesk.api.graphql.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketClockRepository;
import io.polydesk.domain.ticket.TicketClocks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code orderBy: {field: SLA_DUE_AT}}: the earliest running deadline, tickets without one last in either direction,
 * ties by id, walked page by page through the cursors. Every ticket of a run carries the run's tag.
 */
@PolydeskIntegrationTest
class TicketSlaOrderGraphQlTest extends GraphQlTestSupport {

    private static final String PAGE = """
            query ($filter: TicketFilter, $order: TicketOrder, $after: String) {
              tickets(filter: $filter, orderBy: $order, first: 2, after: $after) {
                edges { node { title } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Autowired
    TicketClockRepository clocks;

    private String run;

    @BeforeEach
    void tickets() {
        run = "sla-order-" + unique();
        Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(1, ChronoUnit.DAYS);
        // Filed in this order, so ids rise from a to g; c and e share a deadline, b, d and g have none.
        Map<String, Integer> minutes = new HashMap<>();
        minutes.put("a", 30);
        minutes.put("c", 10);
        minutes.put("e", 10);
        minutes.put("f", -20);
        for (String title : List.of("a", "b", "c", "d", "e", "f", "g")) {
            Ticket ticket = ticket(
                    users.agent().actor(),
                    CreateTicket.builder()
                            .title(title)
                            .requesterId(users.customer().id())
                            .tags(List.of(run))
                            .build());
            Integer offset = minutes.get(title);
            Instant due = offset == null ? null : base.plus(offset, ChronoUnit.MINUTES);
            clocks.write(ticket.id(), new TicketClocks(null, null, due, due, due, null, 0, false, false, null));
        }
    }

    private List<String> walk(TestUser caller, String direction) {
        List<String> titles = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 10; page++) {
            GraphQlTester.Response response = as(caller)
                    .document(PAGE)
                    .variable("filter", Map.of("tagsAll", List.of(run)))
                    .variable("order", Map.of("field", "SLA_DUE_AT", "direction", direction))
                    .variable("after", after)
                    .execute();
            List<String> onPage = response.path("tickets.edges[*].node.title")
                    .entityList(String.class)
                    .get();
            assertThat(onPage).hasSizeLessThanOrEqualTo(2);
            titles.addAll(onPage);
            if (!response.path("tickets.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get()) {
                return titles;
            }
            after = response.path("tickets.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        throw new AssertionError("more pages than tickets: " + titles);
    }

    @Test
    void soonestDeadlineFirstWithTicketsWithoutOneLastAcrossPages() {
        assertThat(walk(users.agent(), "ASC")).containsExactly("f", "c", "e", "a", "b", "d", "g");
    }

    @Test
    void latestDeadlineFirstStillPutsTicketsWithoutOneLast() {
        assertThat(walk(users.admin(), "DESC")).containsExactly("a", "e", "c", "f", "g", "d", "b");
    }

    @Test
    void customersMayNotSortBySla() {
        singleError(
                as(users.customer())
                        .document(PAGE)
                        .variable("order", Map.of("field", "SLA_DUE_AT", "direction", "ASC"))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String createdCursor = as(users.agent())
                .document(PAGE)
                .variable("filter", Map.of("tagsAll", List.of(run)))
                .execute()
                .path("tickets.pageInfo.endCursor")
                .entity(String.class)
                .get();
        singleError(
                as(users.agent())
                        .document(PAGE)
                        .variable("filter", Map.of("tagsAll", List.of(run)))
                        .variable("order", Map.of("field", "SLA_DUE_AT", "direction", "ASC"))
                        .variable("after", createdCursor)
                        .execute(),
                "BAD_REQUEST");
    }
}
