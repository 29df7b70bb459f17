package io.polydesk.api.graphql.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Saved ticket searches keep the inbox and SLA filters: each field saved, read back as given and run. Every ticket
 * of a run carries the run's own tag, and every search names it in {@code tagsAll}, so a run sees only its tickets.
 */
@PolydeskIntegrationTest
class SavedInboxSearchesTest extends GraphQlTestSupport {

    private static final String FILTER_FIELDS =
            "teamIds typeIds tagsAll tagsAny tagsNone statusNot teamIdsNot" + " slaBreached slaDueBefore";

    private static final String CREATE = """
            mutation ($input: CreateSavedSearchInput!) {
              createSavedSearch(input: $input) { savedSearch { id ticketFilter { %s } } }
            }""".formatted(FILTER_FIELDS);

    private static final String UPDATE = """
            mutation ($input: UpdateSavedSearchInput!) {
              updateSavedSearch(input: $input) { savedSearch { id ticketFilter { %s } } }
            }""".formatted(FILTER_FIELDS);

    private static final String RUN = """
            query ($id: ID!) { runSavedTicketSearch(id: $id, first: 100) { edges { node { title } } } }""";

    @Autowired
    TeamService teams;

    @Autowired
    JdbcTemplate jdbc;

    private String run;
    private TestUser customer;
    private long teamA;
    private long teamB;
    private long typeX;
    private Instant now;

    @BeforeEach
    void tickets() {
        run = "run-" + unique();
        customer = users.create(Role.CUSTOMER);
        teamA = teams.createTeam(users.admin().actor(), new CreateTeam("A " + run, null))
                .id();
        teamB = teams.createTeam(users.admin().actor(), new CreateTeam("B " + run, null))
                .id();
        String type = "Type " + run;
        jdbc.update("INSERT INTO ticket_types (name) VALUES (?)", type);
        typeX = jdbc.queryForObject("SELECT id FROM ticket_types WHERE name = ?", Long.class, type);
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket one = file("one", teamA, typeX, "Red", "blue");
        Ticket two = file("two", teamB, null, "red");
        Ticket three = file("three", null, null, "green");
        ticketUpdates.changeStatus(users.agent().actor(), two.id(), "open", null, null);
        // Clocks as the SLA feature stores them, whatever policies other tests left: one overdue an hour, two due
        // in an hour, three without a running deadline.
        dueAt(one, now.minus(1, ChronoUnit.HOURS));
        dueAt(two, now.plus(1, ChronoUnit.HOURS));
        dueAt(three, null);
    }

    private Ticket file(String title, Long team, Long type, String... tags) {
        List<String> all = new ArrayList<>(List.of(tags));
        all.add(run);
        return ticket(
                users.agent().actor(),
                CreateTicket.builder()
                        .title(title)
                        .requesterId(customer.id())
                        .teamId(team)
                        .typeId(type)
                        .tags(all)
                        .build());
    }

    private void dueAt(Ticket ticket, Instant due) {
        jdbc.update(
                "UPDATE tickets SET sla_due_at = ?, first_response_breached = FALSE, resolution_breached = FALSE"
                        + " WHERE id = ?",
                due == null ? null : Timestamp.from(due),
                ticket.id());
    }

    private Map<String, Object> narrowed(Map<String, Object> filter) {
        Map<String, Object> all = new HashMap<>(filter);
        List<String> tags = new ArrayList<>(List.of(run));
        @SuppressWarnings("unchecked")
        List<String> given = (List<String>) filter.getOrDefault("tagsAll", List.of());
        tags.addAll(given);
        all.put("tagsAll", tags);
        return all;
    }

    private GraphQlTester.Response save(TestUser owner, boolean shared, Map<String, Object> filter) {
        return as(owner)
                .document(CREATE)
                .variable(
                        "input",
                        Map.of("name", "Inbox " + unique(), "shared", shared, "ticketFilter", narrowed(filter)))
                .execute();
    }

    private List<String> titles(TestUser caller, String id) {
        List<String> titles = new ArrayList<>(as(caller)
                .document(RUN)
                .variable("id", id)
                .execute()
                .path("runSavedTicketSearch.edges[*].node.title")
                .entityList(String.class)
                .get());
        Collections.sort(titles);
        return titles;
    }

    @Test
    void eachInboxAndSlaFieldIsSavedReadBackAndRun() {
        TestUser agent = users.agent();
        record Case(String field, Object value, List<String> titles) {}
        String dueBefore = now.plus(2, ChronoUnit.HOURS).toString();
        List<Case> cases = List.of(
                new Case("teamIds", List.of(id(teamA), id(teamB)), List.of("one", "two")),
                new Case("typeIds", List.of(id(typeX)), List.of("one")),
                new Case("tagsAll", List.of("RED", "blue"), List.of("one")),
                new Case("tagsAny", List.of("blue", "green"), List.of("one", "three")),
                new Case("tagsNone", List.of("red"), List.of("three")),
                new Case("statusNot", List.of("open"), List.of("one", "three")),
                new Case("teamIdsNot", List.of(id(teamA)), List.of("three", "two")),
                new Case("slaBreached", true, List.of("one")),
                new Case("slaBreached", false, List.of("three", "two")),
                new Case("slaDueBefore", dueBefore, List.of("one", "two")));
        for (Case c : cases) {
            GraphQlTester.Response saved = save(agent, false, Map.of(c.field(), c.value()));
            Object expected = c.field().equals("tagsAll") ? List.of(run, "RED", "blue") : c.value();
            Object readBack = saved.path("createSavedSearch.savedSearch.ticketFilter." + c.field())
                    .entity(Object.class)
                    .get();
            assertThat(
                            c.field().equals("slaDueBefore")
                                    ? Instant.parse((String) readBack).toString()
                                    : readBack)
                    .as("%s read back", c.field())
                    .isEqualTo(expected);
            String id = saved.path("createSavedSearch.savedSearch.id")
                    .entity(String.class)
                    .get();
            assertThat(titles(agent, id))
                    .as("%s = %s run", c.field(), c.value())
                    .isEqualTo(c.titles());
        }
    }

    @Test
    void fieldsLeftOutReadBackAsNoConditionAndAnUpdateReplacesThem() {
        TestUser agent = users.agent();
        GraphQlTester.Response saved = save(
                agent,
                false,
                Map.of("tagsAny", List.of("red"), "tagsNone", List.of("blue"), "statusNot", List.of("new")));
        saved.path("createSavedSearch.savedSearch.ticketFilter.teamIds")
                .entityList(String.class)
                .hasSize(0)
                .path("createSavedSearch.savedSearch.ticketFilter.slaBreached")
                .valueIsNull()
                .path("createSavedSearch.savedSearch.ticketFilter.slaDueBefore")
                .valueIsNull();
        String id = saved.path("createSavedSearch.savedSearch.id")
                .entity(String.class)
                .get();
        assertThat(titles(agent, id)).containsExactly("two");

        as(agent)
                .document(UPDATE)
                .variable(
                        "input",
                        Map.of(
                                "id",
                                id,
                                "name",
                                "Team A",
                                "shared",
                                false,
                                "ticketFilter",
                                narrowed(Map.of("teamIds", List.of(id(teamA))))))
                .execute()
                .path("updateSavedSearch.savedSearch.ticketFilter.tagsNone")
                .entityList(String.class)
                .hasSize(0)
                .path("updateSavedSearch.savedSearch.ticketFilter.teamIds")
                .entityList(String.class)
                .containsExactly(id(teamA));
        assertThat(titles(agent, id)).containsExactly("one");
    }

    @Test
    void customersSaveTheInboxTagAndTypeFiltersButNotTeamOrSlaOnes() {
        String own = save(customer, false, Map.of("tagsAll", List.of("red"), "typeIds", List.of(id(typeX))))
                .path("createSavedSearch.savedSearch.id")
                .entity(String.class)
                .get();
        assertThat(titles(customer, own)).containsExactly("one");
        singleError(save(customer, false, Map.of("teamIds", List.of(id(teamA)))), "FORBIDDEN");
        singleError(save(customer, false, Map.of("slaBreached", true)), "FORBIDDEN");

        String shared = save(users.agent(), true, Map.of("teamIdsNot", List.of(id(teamA))))
                .path("createSavedSearch.savedSearch.id")
                .entity(String.class)
                .get();
        singleError(as(customer).document(RUN).variable("id", shared).execute(), "FORBIDDEN");
    }

    @Test
    void badInboxValuesAreRefusedWhenSavedWithTheFieldNamed() {
        TestUser agent = users.agent();
        for (Map<String, Object> filter : List.of(
                Map.<String, Object>of("tagsAny", List.of(" ")),
                Map.<String, Object>of("tagsNone", Collections.nCopies(51, "x")),
                Map.<String, Object>of("tagsAny", List.of("x".repeat(101))),
                Map.<String, Object>of("teamIds", List.of("not an id")),
                Map.<String, Object>of("statusNot", List.of("unheard-of")))) {
            String field = "input.ticketFilter." + filter.keySet().iterator().next();
            assertThat(detailFields(singleError(save(agent, false, filter), "BAD_REQUEST")))
                    .as("%s", filter)
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f).startsWith(field));
        }
    }
}
