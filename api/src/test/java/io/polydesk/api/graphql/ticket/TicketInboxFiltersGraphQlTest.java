package io.polydesk.api.graphql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Filters by team, type, several tags and their negations. Every ticket of a run carries the run's own tag, so
 * each listing is narrowed to this run's tickets with {@code tagsAll}.
 */
@PolydeskIntegrationTest
class TicketInboxFiltersGraphQlTest extends GraphQlTestSupport {

    private static final String LIST = """
            query ($filter: TicketFilter) { tickets(filter: $filter, first: 100) { edges { node { title } } } }""";

    @Autowired
    TeamService teams;

    @Autowired
    JdbcTemplate jdbc;

    private String run;
    private TestUser customer;
    private TestUser other;
    private long teamA;
    private long teamB;
    private long typeX;

    @BeforeEach
    void tickets() {
        run = "run-" + unique();
        customer = users.create(Role.CUSTOMER);
        other = users.create(Role.CUSTOMER);
        teamA = teams.createTeam(users.admin().actor(), new CreateTeam("A " + run, null))
                .id();
        teamB = teams.createTeam(users.admin().actor(), new CreateTeam("B " + run, null))
                .id();
        String type = "Type " + run;
        jdbc.update("INSERT INTO ticket_types (name) VALUES (?)", type);
        typeX = jdbc.queryForObject("SELECT id FROM ticket_types WHERE name = ?", Long.class, type);
        file("one", customer, teamA, typeX, "Red", "blue");
        Ticket two = file("two", customer, teamB, null, "red");
        file("three", customer, null, null, "green");
        file("four", other, teamA, typeX, "red", "blue");
        ticketUpdates.changeStatus(users.agent().actor(), two.id(), "open", null, null);
    }

    private Ticket file(String title, TestUser requester, Long team, Long type, String... tags) {
        List<String> all = new ArrayList<>(List.of(tags));
        all.add(run);
        return ticket(
                users.agent().actor(),
                CreateTicket.builder()
                        .title(title)
                        .requesterId(requester.id())
                        .teamId(team)
                        .typeId(type)
                        .tags(all)
                        .build());
    }

    private List<String> titles(TestUser caller, Map<String, Object> filter) {
        Map<String, Object> narrowed = new HashMap<>(filter);
        List<String> all = new ArrayList<>(List.of(run));
        @SuppressWarnings("unchecked")
        List<String> given = (List<String>) filter.getOrDefault("tagsAll", List.of());
        all.addAll(given);
        narrowed.put("tagsAll", all);
        List<String> titles = as(caller)
                .document(LIST)
                .variable("filter", narrowed)
                .execute()
                .path("tickets.edges[*].node.title")
                .entityList(String.class)
                .get();
        List<String> sorted = new ArrayList<>(titles);
        Collections.sort(sorted);
        return sorted;
    }

    @Test
    void staffFilterByTeamTypeAndTags() {
        TestUser agent = users.agent();
        assertThat(titles(agent, Map.of())).containsExactly("four", "one", "three", "two");
        assertThat(titles(agent, Map.of("teamIds", List.of(id(teamA))))).containsExactly("four", "one");
        assertThat(titles(agent, Map.of("teamIds", List.of(id(teamA), id(teamB)))))
                .containsExactly("four", "one", "two");
        assertThat(titles(agent, Map.of("teamIdsNot", List.of(id(teamA))))).containsExactly("three", "two");
        assertThat(titles(agent, Map.of("typeIds", List.of(id(typeX))))).containsExactly("four", "one");
        assertThat(titles(agent, Map.of("tagsAll", List.of("RED", "blue")))).containsExactly("four", "one");
        assertThat(titles(agent, Map.of("tagsAny", List.of("blue", "green")))).containsExactly("four", "one", "three");
        assertThat(titles(agent, Map.of("tagsNone", List.of("red")))).containsExactly("three");
        assertThat(titles(agent, Map.of("statusNot", List.of("open")))).containsExactly("four", "one", "three");
        assertThat(titles(
                        agent,
                        Map.of("tagsAny", List.of("red"), "tagsNone", List.of("blue"), "statusNot", List.of("new"))))
                .containsExactly("two");
    }

    @Test
    void aCustomerFiltersOnlyTheirOwnTicketsAndNotByTeam() {
        assertThat(titles(customer, Map.of("tagsAll", List.of("red")))).containsExactly("one", "two");
        assertThat(titles(customer, Map.of("typeIds", List.of(id(typeX))))).containsExactly("one");
        assertThat(titles(other, Map.of("tagsNone", List.of("green")))).containsExactly("four");
        singleError(
                as(customer)
                        .document(LIST)
                        .variable("filter", Map.of("teamIds", List.of(id(teamA))))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(customer)
                        .document(LIST)
                        .variable("filter", Map.of("teamIdsNot", List.of(id(teamA))))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamed() {
        TestUser agent = users.agent();
        Map<String, Object> tooMany = Map.of("tagsAny", Collections.nCopies(51, "x"));
        for (Map<String, Object> filter : List.of(
                Map.<String, Object>of("tagsAll", List.of(" ")),
                tooMany,
                Map.<String, Object>of("teamIds", List.of("not an id")),
                Map.<String, Object>of("statusNot", List.of("unheard-of")))) {
            String field = "filter." + filter.keySet().iterator().next();
            assertThat(detailFields(singleError(
                            as(agent).document(LIST).variable("filter", filter).execute(), "BAD_REQUEST")))
                    .as("%s", filter)
                    .allSatisfy(f -> assertThat(f).startsWith(field));
        }
        singleError(
                anonymous()
                        .document(LIST)
                        .variable("filter", Map.of("tagsAll", List.of("x")))
                        .execute(),
                "UNAUTHORIZED");
    }
}
