package io.polydesk.api.graphql.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.node.GraphQlVersion;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.event.EventVisibility;
import io.polydesk.domain.event.TicketEventFilter;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.sla.SlaBreachScan;
import io.polydesk.domain.sla.SlaPolicy;
import io.polydesk.domain.sla.SlaRepository;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketSnoozes;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SLA policies and business hours over GraphQL, per role; due times across a weekend, holidays and a daylight
 * saving change in Europe/Berlin; the breach filter, the breach event and snoozing. Every policy is scoped to a
 * project of its own and archived afterwards, so the rest of the suite runs without SLAs.
 */
@PolydeskIntegrationTest
class SlaGraphQlTest extends GraphQlTestSupport {

    static final String CREATE_HOURS = """
            mutation($input: CreateBusinessHoursInput!) {
              createBusinessHours(input: $input) {
                businessHours { id name timeZone windows { day start end } holidays archived }
                userErrors { field message code }
              }
            }""";

    static final String CREATE_POLICY = """
            mutation($input: CreateSlaPolicyInput!) {
              createSlaPolicy(input: $input) {
                policy { id name project { id } businessHours { id timeZone }
                         targets { priority { key } firstResponseMinutes resolutionMinutes } archived }
                userErrors { field message code }
              }
            }""";

    static final String TICKET_SLA = """
            query($id: ID!) {
              ticket(id: $id) {
                status { key }
                pendingUntil
                sla {
                  policy { name }
                  breached
                  firstResponse { dueAt remainingMinutes state }
                  resolution { dueAt remainingMinutes state }
                }
              }
            }""";

    static final String LIST = """
            query($filter: TicketFilter) { tickets(first: 50, filter: $filter) { edges { node { id } } } }""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SlaRepository slaRepository;

    @Autowired
    SlaBreachScan breachScan;

    @Autowired
    TicketSnoozes snoozes;

    @Autowired
    EventLog events;

    @Autowired
    EventVisibility visibility;

    private TestUser admin;
    private TestUser agent;
    private final List<String> policies = new ArrayList<>();
    private final List<String> hours = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admin = users.admin();
        agent = users.agent();
    }

    @AfterEach
    void archiveWhatTheTestMade() {
        for (SlaPolicy policy : slaRepository.listPolicies()) {
            if (!policy.archived()) {
                as(admin)
                        .document("mutation($id: ID!) { archiveSlaPolicy(input: {id: $id}) { policy { archived } } }")
                        .variable("id", id(policy.id()))
                        .execute()
                        .path("archiveSlaPolicy.policy.archived")
                        .entity(Boolean.class)
                        .isEqualTo(true);
            }
        }
        for (String id : hours) {
            as(admin)
                    .document("mutation($id: ID!) { archiveBusinessHours(input: {id: $id}) { businessHours { id } } }")
                    .variable("id", id)
                    .execute();
        }
    }

    private HttpGraphQlTester v2(TestUser user) {
        return as(user).mutate().header(GraphQlVersion.HEADER, "2").build();
    }

    private String berlinOffice() {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "Berlin office " + unique());
        input.put("timeZone", "Europe/Berlin");
        List<Map<String, Object>> windows = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            windows.add(Map.of("day", day, "start", "09:00", "end", "17:00"));
        }
        input.put("windows", windows);
        // Good Friday and Easter Monday 2026.
        input.put("holidays", List.of("2026-04-03", "2026-04-06"));
        GraphQlTester.Response created =
                as(admin).document(CREATE_HOURS).variable("input", input).execute();
        created.path("createBusinessHours.userErrors").entityList(Object.class).hasSize(0);
        created.path("createBusinessHours.businessHours.windows[0]")
                .entity(Map.class)
                .isEqualTo(Map.of("day", "MONDAY", "start", "09:00", "end", "17:00"));
        created.path("createBusinessHours.businessHours.holidays")
                .entityList(String.class)
                .containsExactly("2026-04-03", "2026-04-06");
        String id = created.path("createBusinessHours.businessHours.id")
                .entity(String.class)
                .get();
        hours.add(id);
        return id;
    }

    private String policy(Project project, String hoursId, List<Map<String, Object>> targets) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "Policy " + unique());
        input.put("projectId", id(project.id()));
        input.put("businessHoursId", hoursId);
        input.put("targets", targets);
        GraphQlTester.Response created =
                as(admin).document(CREATE_POLICY).variable("input", input).execute();
        created.path("createSlaPolicy.userErrors").entityList(Object.class).hasSize(0);
        String id =
                created.path("createSlaPolicy.policy.id").entity(String.class).get();
        policies.add(id);
        return id;
    }

    private static Map<String, Object> target(String priority, Integer firstResponse, Integer resolution) {
        Map<String, Object> target = new HashMap<>();
        target.put("priority", priority);
        target.put("firstResponseMinutes", firstResponse);
        target.put("resolutionMinutes", resolution);
        return target;
    }

    private Ticket ticketIn(Project project, String priority) {
        return ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("SLA " + unique())
                        .description("Timed")
                        .projectId(project.id())
                        .priority(priority)
                        .requesterId(users.customer().id())
                        .build());
    }

    private void createdAt(Ticket ticket, Instant at) {
        jdbc.update("UPDATE tickets SET created_at = ? WHERE id = ?", Timestamp.from(at), ticket.id());
    }

    private void renamePolicy(String policyId) {
        as(admin)
                .document("mutation($id: ID!, $name: String) { updateSlaPolicy(input: {id: $id, name: $name}) {"
                        + " policy { name } userErrors { code } } }")
                .variable("id", policyId)
                .variable("name", "Renamed " + unique())
                .execute()
                .path("updateSlaPolicy.userErrors")
                .entityList(Object.class)
                .hasSize(0);
    }

    private GraphQlTester.Response sla(TestUser user, Ticket ticket) {
        return as(user).document(TICKET_SLA).variable("id", id(ticket.id())).execute();
    }

    private static Instant instant(GraphQlTester.Response response, String path) {
        return Instant.parse(response.path(path).entity(String.class).get());
    }

    private List<String> listed(TestUser user, Map<String, Object> filter) {
        return as(user).document(LIST)
                .variable("filter", filter)
                .execute()
                .path("tickets.edges[*].node.id")
                .entityList(String.class)
                .get();
    }

    @Test
    void dueTimesCountBerlinBusinessHoursAcrossTheWeekendTheSummerTimeSwitchAndEaster() {
        String hoursId = berlinOffice();
        Project project = project();
        String policyId = policy(project, hoursId, List.of(target("high", 120, 480), target("low", null, 60)));
        Ticket beforeWeekend = ticketIn(project, "high");
        Ticket beforeEaster = ticketIn(project, "high");
        // Friday 16:00 in Berlin, winter time; Thursday 16:30 before Easter, summer time.
        createdAt(beforeWeekend, Instant.parse("2026-03-27T15:00:00Z"));
        createdAt(beforeEaster, Instant.parse("2026-04-02T14:30:00Z"));
        renamePolicy(policyId);

        GraphQlTester.Response weekend = sla(agent, beforeWeekend);
        // Two hours: one on Friday, one on Monday, which is on summer time (UTC+2).
        assertThat(instant(weekend, "ticket.sla.firstResponse.dueAt")).isEqualTo("2026-03-30T08:00:00Z");
        // Eight hours: one on Friday, seven on Monday.
        assertThat(instant(weekend, "ticket.sla.resolution.dueAt")).isEqualTo("2026-03-30T14:00:00Z");
        weekend.path("ticket.sla.firstResponse.state").entity(String.class).isEqualTo("BREACHED");
        weekend.path("ticket.sla.breached").entity(Boolean.class).isEqualTo(true);

        GraphQlTester.Response easter = sla(agent, beforeEaster);
        // Half an hour on Thursday; Good Friday, the weekend and Easter Monday are off.
        assertThat(instant(easter, "ticket.sla.firstResponse.dueAt")).isEqualTo("2026-04-07T08:30:00Z");
        assertThat(instant(easter, "ticket.sla.resolution.dueAt")).isEqualTo("2026-04-07T14:30:00Z");

        // A priority change re-times the ticket: low has a resolution target only.
        ticketUpdates.update(
                agent.actor(),
                beforeWeekend.id(),
                io.polydesk.domain.ticket.UpdateTicket.builder()
                        .priority(io.polydesk.domain.shared.Change.to("low"))
                        .build());
        GraphQlTester.Response low = sla(agent, beforeWeekend);
        low.path("ticket.sla.firstResponse").valueIsNull();
        assertThat(instant(low, "ticket.sla.resolution.dueAt")).isEqualTo("2026-03-27T16:00:00Z");
    }

    @Test
    void aRunningTargetCountsDownAndAPublicReplyMeetsIt() {
        Project project = project();
        policy(project, null, List.of(target("high", 60, 600)));
        Ticket ticket = ticketIn(project, "high");

        GraphQlTester.Response running = sla(agent, ticket);
        running.path("ticket.sla.firstResponse.state").entity(String.class).isEqualTo("ACTIVE");
        assertThat(running.path("ticket.sla.firstResponse.remainingMinutes")
                        .entity(Integer.class)
                        .get())
                .isBetween(58, 60);
        running.path("ticket.sla.breached").entity(Boolean.class).isEqualTo(false);
        assertThat(listed(agent, Map.of("projectId", id(project.id()), "slaBreached", false)))
                .containsExactly(id(ticket.id()));
        assertThat(listed(agent, Map.of("projectId", id(project.id()), "slaBreached", true)))
                .isEmpty();

        comment(agent, ticket, "On it", true);
        sla(agent, ticket)
                .path("ticket.sla.firstResponse.state")
                .entity(String.class)
                .isEqualTo("ACTIVE");
        comment(agent, ticket, "We are looking", false);
        GraphQlTester.Response met = sla(agent, ticket);
        met.path("ticket.sla.firstResponse.state").entity(String.class).isEqualTo("MET");
        met.path("ticket.sla.firstResponse.remainingMinutes").valueIsNull();
        met.path("ticket.sla.resolution.state").entity(String.class).isEqualTo("ACTIVE");
    }

    @Test
    void theBreachFilterAndDueBeforeRunInSqlOverTheStoredDeadlines() {
        Project project = project();
        String policyId = policy(project, null, List.of(target("high", 30, null), target("low", 6000, null)));
        Ticket overdue = ticketIn(project, "high");
        Ticket onTime = ticketIn(project, "low");
        Ticket untimed = ticketIn(project, "medium");
        createdAt(overdue, Instant.now().minus(2, ChronoUnit.HOURS));
        renamePolicy(policyId);

        String projectId = id(project.id());
        assertThat(listed(agent, Map.of("projectId", projectId, "slaBreached", true)))
                .containsExactly(id(overdue.id()));
        assertThat(listed(agent, Map.of("projectId", projectId, "slaBreached", false)))
                .containsExactlyInAnyOrder(id(onTime.id()), id(untimed.id()));
        String inADay = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        assertThat(listed(agent, Map.of("projectId", projectId, "slaDueBefore", inADay)))
                .containsExactly(id(overdue.id()));
        sla(agent, untimed).path("ticket.sla").valueIsNull();

        // Customers see no SLA and may not filter by it.
        TestUser customer = users.customer();
        Ticket own = ticketIn(project, "high");
        jdbc.update("UPDATE tickets SET requester_id = ? WHERE id = ?", customer.id(), own.id());
        sla(customer, own).path("ticket.sla").valueIsNull();
        singleError(
                as(customer)
                        .document(LIST)
                        .variable("filter", Map.of("slaBreached", true))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void aBreachIsRecordedOnceAsAnInternalEventEvenWhenScannedTwice() {
        Project project = project();
        String policyId = policy(project, null, List.of(target("high", 1, 10_000)));
        Ticket ticket = ticketIn(project, "high");
        createdAt(ticket, Instant.now().minus(1, ChronoUnit.HOURS));
        renamePolicy(policyId);

        breachScan.scan();
        breachScan.scan();

        List<DomainEvent> breaches = events.readByTicket(ticket.id(), 0, 100).stream()
                .filter(e -> e.type() == EventType.TICKET_SLA_BREACHED)
                .toList();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).internal()).isTrue();
        assertThat(breaches.get(0).payload()).containsEntry("target", "first_response");

        // Answering late does not record the same breach again.
        comment(agent, ticket, "Sorry for the wait", false);
        breachScan.scan();
        assertThat(events.readByTicket(ticket.id(), 0, 100).stream()
                        .filter(e -> e.type() == EventType.TICKET_SLA_BREACHED))
                .hasSize(1);
        sla(agent, ticket)
                .path("ticket.sla.firstResponse.state")
                .entity(String.class)
                .isEqualTo("BREACHED");
        assertThat(listed(agent, Map.of("projectId", id(project.id()), "slaBreached", true)))
                .containsExactly(id(ticket.id()));
    }

    @Test
    void twoInstancesScanningAtOnceRecordTheBreachOnceAndCustomersNeverHearOfIt() throws Exception {
        Project project = project();
        String policyId = policy(project, null, List.of(target("high", 5, null)));
        TestUser requester = users.customer();
        Ticket ticket = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Raced " + unique())
                        .description("Timed")
                        .projectId(project.id())
                        .priority("high")
                        .requesterId(requester.id())
                        .build());
        createdAt(ticket, Instant.now().minus(1, ChronoUnit.HOURS));
        renamePolicy(policyId);

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> scan = () -> {
            together.await(10, TimeUnit.SECONDS);
            return breachScan.scan();
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> done : instances.invokeAll(List.of(scan, scan))) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        List<DomainEvent> breaches = events.readByTicket(ticket.id(), 0, 100).stream()
                .filter(e -> e.type() == EventType.TICKET_SLA_BREACHED)
                .toList();
        assertThat(breaches).hasSize(1);
        EventVisibility.Audience audience = visibility.of(breaches);
        assertThat(audience.visibleTo(requester.actor(), TicketEventFilter.all()))
                .isEmpty();
        assertThat(audience.visibleTo(agent.actor(), TicketEventFilter.all())).hasSize(1);
    }

    @Test
    void aSnoozedTicketIsPendingWithItsClockStoppedAndReturnsToOpenWhenTheTimeComes() {
        Project project = project();
        policy(project, null, List.of(target("high", 60, 600)));
        Ticket ticket = ticketIn(project, "high");
        Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        GraphQlTester.Response snoozed = as(agent)
                .document("""
                        mutation($id: ID!, $until: DateTime!) {
                          snoozeTicket(input: {id: $id, until: $until}) {
                            ticket { status { key } pendingUntil sla { firstResponse { state dueAt remainingMinutes } } }
                            userErrors { code }
                          }
                        }""")
                .variable("id", id(ticket.id()))
                .variable("until", until.toString())
                .execute();
        snoozed.path("snoozeTicket.ticket.status.key").entity(String.class).isEqualTo("on_hold");
        assertThat(instant(snoozed, "snoozeTicket.ticket.pendingUntil")).isEqualTo(until);
        snoozed.path("snoozeTicket.ticket.sla.firstResponse.state")
                .entity(String.class)
                .isEqualTo("PAUSED");
        snoozed.path("snoozeTicket.ticket.sla.firstResponse.dueAt").valueIsNull();

        snoozes.wakeUp();
        sla(agent, ticket).path("ticket.status.key").entity(String.class).isEqualTo("on_hold");

        jdbc.update(
                "UPDATE tickets SET pending_until = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                ticket.id());
        snoozes.wakeUp();

        GraphQlTester.Response woken = sla(agent, ticket);
        woken.path("ticket.status.key").entity(String.class).isEqualTo("open");
        woken.path("ticket.pendingUntil").valueIsNull();
        woken.path("ticket.sla.firstResponse.state").entity(String.class).isEqualTo("ACTIVE");
        DomainEvent moved = events.readByTicket(ticket.id(), 0, 100).stream()
                .filter(e -> e.type() == EventType.TICKET_STATUS_CHANGED)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(moved.payload()).containsEntry("from", "on_hold").containsEntry("to", "open");
        assertThat(moved.actorId()).isNull();
    }

    @Test
    void leavingPendingByHandDropsTheSnooze() {
        Ticket ticket = ticket(users.customer(), "Snoozed " + unique());
        as(agent)
                .document("mutation($id: ID!, $until: DateTime!) { snoozeTicket(input: {id: $id, until: $until}) {"
                        + " ticket { pendingUntil } } }")
                .variable("id", id(ticket.id()))
                .variable("until", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .execute()
                .path("snoozeTicket.ticket.pendingUntil")
                .hasValue();
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), "in_progress", null, null);
        sla(agent, ticket).path("ticket.pendingUntil").valueIsNull();
    }

    @Test
    void snoozingIsForStaffAndNeedsATimeAhead() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine " + unique());
        String snooze = "mutation($id: ID!, $until: DateTime!) { snoozeTicket(input: {id: $id, until: $until}) {"
                + " ticket { id } userErrors { field code } } }";
        String later = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        v2(customer)
                .document(snooze)
                .variable("id", id(ticket.id()))
                .variable("until", later)
                .execute()
                .path("snoozeTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("FORBIDDEN");
        GraphQlTester.Response past = v2(agent)
                .document(snooze)
                .variable("id", id(ticket.id()))
                .variable("until", Instant.now().minusSeconds(60).toString())
                .execute();
        past.path("snoozeTicket.ticket").valueIsNull();
        past.path("snoozeTicket.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        past.path("snoozeTicket.userErrors[0].field").entityList(String.class).containsExactly("input", "until");
        v2(agent)
                .document(snooze)
                .variable("id", "999999999")
                .variable("until", later)
                .execute()
                .path("snoozeTicket.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
        singleError(
                anonymous()
                        .document(snooze)
                        .variable("id", id(ticket.id()))
                        .variable("until", later)
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void onlyAdministratorsManagePoliciesAndBusinessHours() {
        Map<String, Object> input = Map.of("name", "Nope", "targets", List.of(target("high", 10, null)));
        for (TestUser user : List.of(agent, users.customer())) {
            GraphQlTester.Response refused =
                    v2(user).document(CREATE_POLICY).variable("input", input).execute();
            refused.path("createSlaPolicy.policy").valueIsNull();
            refused.path("createSlaPolicy.userErrors[0].code")
                    .entity(String.class)
                    .isEqualTo("FORBIDDEN");
        }
        singleError(anonymous().document(CREATE_POLICY).variable("input", input).execute(), "UNAUTHORIZED");
        singleError(as(users.customer()).document("{ slaPolicies { id } }").execute(), "FORBIDDEN");
        singleError(as(agent).document("{ businessHours { id } }").execute(), "FORBIDDEN");
        singleError(anonymous().document("{ slaPolicies { id } }").execute(), "UNAUTHORIZED");
        as(agent)
                .document("{ slaPolicies { id } }")
                .execute()
                .path("slaPolicies")
                .hasValue();
    }

    @Test
    void invalidPoliciesAndSchedulesAreRefusedFieldByField() {
        Map<String, Object> hoursInput = new HashMap<>();
        hoursInput.put("name", "");
        hoursInput.put("timeZone", "Mars/Olympus");
        hoursInput.put(
                "windows",
                List.of(
                        Map.of("day", "MONDAY", "start", "10:00", "end", "09:00"),
                        Map.of("day", "TUESDAY", "start", "09:00", "end", "13:00"),
                        Map.of("day", "TUESDAY", "start", "12:00", "end", "17:00"),
                        Map.of("day", "FRIDAY", "start", "9am", "end", "17:00")));
        GraphQlTester.Response hoursRefused =
                v2(admin).document(CREATE_HOURS).variable("input", hoursInput).execute();
        hoursRefused.path("createBusinessHours.businessHours").valueIsNull();
        assertThat(hoursRefused
                        .path("createBusinessHours.userErrors[*].field")
                        .entityList(List.class)
                        .get())
                .contains(
                        List.of("input", "name"),
                        List.of("input", "timeZone"),
                        List.of("input", "windows", "0", "end"),
                        List.of("input", "windows"),
                        List.of("input", "windows", "3", "start"));

        Map<String, Object> policyInput = new HashMap<>();
        policyInput.put("name", "Bad " + unique());
        policyInput.put("projectId", "987654321");
        policyInput.put(
                "targets", List.of(target("urgentest", 10, null), target("high", 0, null), target("low", null, null)));
        GraphQlTester.Response policyRefused =
                v2(admin).document(CREATE_POLICY).variable("input", policyInput).execute();
        policyRefused.path("createSlaPolicy.policy").valueIsNull();
        policyRefused
                .path("createSlaPolicy.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID");
        assertThat(policyRefused
                        .path("createSlaPolicy.userErrors[*].field")
                        .entityList(List.class)
                        .get())
                .contains(
                        List.of("input", "projectId"),
                        List.of("input", "targets", "0", "priority"),
                        List.of("input", "targets", "1", "firstResponseMinutes"),
                        List.of("input", "targets", "2"));

        v2(admin)
                .document("mutation { updateSlaPolicy(input: {id: \"987654321\", name: \"x\"}) {"
                        + " policy { id } userErrors { code } } }")
                .execute()
                .path("updateSlaPolicy.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");

        Project project = project();
        policy(project, null, List.of(target("high", 10, null)));
        Map<String, Object> twin =
                Map.of("name", "Twin", "projectId", id(project.id()), "targets", List.of(target("low", 10, null)));
        v2(admin)
                .document(CREATE_POLICY)
                .variable("input", twin)
                .execute()
                .path("createSlaPolicy.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("CONFLICT");
    }

    @Test
    void archivingAPolicyTakesItsTicketsOffIt() {
        Project project = project();
        String general = policy(project, null, List.of(target("high", 100, null)));
        Ticket ticket = ticketIn(project, "high");
        sla(agent, ticket).path("ticket.sla.firstResponse").hasValue();
        as(admin)
                .document("mutation($id: ID!) { archiveSlaPolicy(input: {id: $id}) { policy { archived } } }")
                .variable("id", general)
                .execute()
                .path("archiveSlaPolicy.policy.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        sla(agent, ticket).path("ticket.sla").valueIsNull();
    }
}
