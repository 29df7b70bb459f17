package io.polydesk.persistence.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.project.Project;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.TicketCriteria;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketOrder.Field;
import io.polydesk.domain.ticket.TicketSearch;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.OnMySql;
import io.polydesk.persistence.RepositoryTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every listing filter and sort the APIs offer is answered from an index, not a full table scan, on the real
 * server: the plan of each page and count query is asked with {@code EXPLAIN} over a few thousand committed
 * tickets, whose statistics the test refreshes first.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class TicketListPlansOnMySqlTest extends RepositoryTest implements OnMySql {

    private static final String MAPPER = TicketMapper.class.getName();
    private static final int TICKETS = 4000;

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    DataSource dataSource;

    private final List<Long> seeded = new ArrayList<>();
    private User requester;
    private User agent;
    private Project project;
    private long company;

    @BeforeEach
    void aFewThousandTickets() {
        requester = newUser(Role.CUSTOMER);
        agent = newUser(Role.AGENT);
        project = newProject();
        jdbc.update(
                "INSERT INTO companies (name, archived, created_at, updated_at) VALUES (?, FALSE, ?, ?)",
                unique("Plans"),
                T0,
                T0);
        company = jdbc.queryForObject("SELECT MAX(id) FROM companies", Long.class);
        List<Long> statuses = jdbc.queryForList("SELECT id FROM statuses", Long.class);
        List<Long> priorities = jdbc.queryForList("SELECT id FROM priorities", Long.class);
        long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM tickets", Long.class);
        for (int batch = 0; batch < TICKETS / 500; batch++) {
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO tickets (title, status_id, priority_id, requester_id, assignee_id, project_id,"
                            + " company_id, due_date, on_hold, source, created_at, updated_at, archived) VALUES ");
            for (int i = 0; i < 500; i++) {
                int n = batch * 500 + i;
                Instant created = T0.plus(n, ChronoUnit.MINUTES);
                sql.append(i == 0 ? "" : ",")
                        .append("('Plan ")
                        .append(n)
                        .append("',")
                        .append(statuses.get(n % statuses.size()))
                        .append(',')
                        .append(priorities.get(n % priorities.size()))
                        .append(',')
                        .append(requester.id())
                        .append(',')
                        .append(n % 3 == 0 ? Long.toString(agent.id()) : "NULL")
                        .append(',')
                        .append(n % 50 == 0 ? Long.toString(project.id()) : "NULL")
                        .append(',')
                        .append(n % 50 == 1 ? Long.toString(company) : "NULL")
                        .append(",'")
                        .append(LocalDate.of(2026, 1, 1).plusDays(n % 365))
                        .append("',FALSE,'api','")
                        .append(created.toString().replace("T", " ").replace("Z", ""))
                        .append("','")
                        .append(created.toString().replace("T", " ").replace("Z", ""))
                        .append("',")
                        .append(n % 20 == 0 ? "TRUE" : "FALSE")
                        .append(')');
            }
            jdbc.update(sql.toString());
        }
        seeded.addAll(
                jdbc.queryForList("SELECT id FROM tickets WHERE id > ? AND title LIKE 'Plan %'", Long.class, first));
        jdbc.execute("ANALYZE TABLE tickets");
    }

    @AfterEach
    void removeThem() {
        for (int from = 0; from < seeded.size(); from += 1000) {
            List<Long> chunk = seeded.subList(from, Math.min(seeded.size(), from + 1000));
            jdbc.update("DELETE FROM tickets WHERE id IN ("
                    + String.join(",", chunk.stream().map(String::valueOf).toList()) + ")");
        }
        // Committed rows outlive the test: the integration tests that run next on this database create their first
        // administrator only on a database without users.
        jdbc.update("DELETE FROM projects WHERE id = ?", project.id());
        jdbc.update("DELETE FROM companies WHERE id = ?", company);
        jdbc.update("DELETE FROM users WHERE id IN (?, ?)", requester.id(), agent.id());
        jdbc.execute("ANALYZE TABLE tickets");
    }

    /** This run's rows, for the criteria to name. */
    record Ids(
            long agent,
            long requester,
            long project,
            long company,
            Map<String, Long> statuses,
            Map<String, Long> priorities) {}

    interface Shape {
        TicketCriteria.Builder apply(TicketCriteria.Builder criteria, Ids ids);
    }

    static Stream<Arguments> listings() {
        return Stream.of(
                listing("everything, newest first", (c, ids) -> c),
                listing(
                        "one status",
                        (c, ids) -> c.statusIds(List.of(ids.statuses().get("new")))),
                listing(
                        "open statuses",
                        (c, ids) -> c.statusIds(List.of(
                                ids.statuses().get("new"), ids.statuses().get("open")))),
                listing(
                        "status and priority",
                        (c, ids) -> c.statusIds(List.of(ids.statuses().get("new")))
                                .priorityIds(List.of(ids.priorities().get("high")))),
                listing(
                        "one priority",
                        (c, ids) -> c.priorityIds(List.of(ids.priorities().get("high")))),
                listing("an assignee", (c, ids) -> c.assigneeId(ids.agent())),
                listing("unassigned", (c, ids) -> c.assigned(false)),
                listing("a requester (a customer's view)", (c, ids) -> c.requesterId(ids.requester())),
                listing("a project", (c, ids) -> c.projectId(ids.project())),
                listing("a company", (c, ids) -> c.companyId(ids.company())),
                listing(
                        "created in a range",
                        (c, ids) ->
                                c.createdFrom(T0.plus(10, ChronoUnit.DAYS)).createdTo(T0.plus(11, ChronoUnit.DAYS))),
                listing("updated since", (c, ids) -> c.updatedFrom(T0.plus(60, ChronoUnit.DAYS))),
                listing(
                        "due in a range",
                        (c, ids) -> c.dueFrom(LocalDate.of(2026, 3, 1)).dueTo(LocalDate.of(2026, 3, 2))),
                listing("SLA breached", (c, ids) -> c.slaBreached(true, T0.plus(30, ChronoUnit.DAYS))),
                listing("SLA not breached", (c, ids) -> c.slaBreached(false, T0.plus(30, ChronoUnit.DAYS))),
                listing("an SLA deadline before", (c, ids) -> c.slaDueBefore(T0.plus(30, ChronoUnit.DAYS))),
                listing("a team", (c, ids) -> c.inbox(inbox(List.of(1L), null, null, null, null, null, null))),
                listing("two types", (c, ids) -> c.inbox(inbox(null, List.of(1L, 2L), null, null, null, null, null))),
                listing(
                        "all of two tags",
                        (c, ids) -> c.inbox(inbox(null, null, List.of("red", "blue"), null, null, null, null))),
                listing(
                        "any of two tags",
                        (c, ids) -> c.inbox(inbox(null, null, null, List.of("red", "blue"), null, null, null))),
                listing(
                        "none of a tag",
                        (c, ids) -> c.inbox(inbox(null, null, null, null, List.of("red"), null, null))),
                listing(
                        "not in a status",
                        (c, ids) -> c.inbox(inbox(
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(ids.statuses().get("new")),
                                null))),
                listing("not in a team", (c, ids) -> c.inbox(inbox(null, null, null, null, null, null, List.of(1L)))),
                listing(
                        "a customer's open tickets of a type without a tag",
                        (c, ids) -> c.requesterId(ids.requester())
                                .inbox(inbox(
                                        null,
                                        List.of(1L),
                                        null,
                                        null,
                                        List.of("red"),
                                        List.of(ids.statuses().get("new")),
                                        null))));
    }

    private static TicketCriteria.Inbox inbox(
            List<Long> teamIds,
            List<Long> typeIds,
            List<String> tagsAll,
            List<String> tagsAny,
            List<String> tagsNone,
            List<Long> statusIdsNot,
            List<Long> teamIdsNot) {
        return new TicketCriteria.Inbox(teamIds, typeIds, tagsAll, tagsAny, tagsNone, statusIdsNot, teamIdsNot);
    }

    private static Arguments listing(String name, Shape shape) {
        return Arguments.of(name, shape);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void listingsAndTheirCountsReadAnIndex(String name, Shape shape) throws Exception {
        Ids ids = new Ids(
                agent.id(),
                requester.id(),
                project.id(),
                company,
                Map.of("new", statusId("new"), "open", statusId("open")),
                Map.of("high", priorityId("high")));
        TicketCriteria criteria = shape.apply(TicketCriteria.builder(), ids).build();
        for (TicketOrder order : List.of(
                TicketOrder.NEWEST_FIRST,
                new TicketOrder(Field.UPDATED_AT, true),
                new TicketOrder(Field.ID, false),
                new TicketOrder(Field.PRIORITY, true),
                new TicketOrder(Field.SLA_DUE_AT, false),
                new TicketOrder(Field.SLA_DUE_AT, true))) {
            assertIndexed(
                    name + ", sorted by " + order,
                    "search",
                    TicketQuery.page(TicketSearch.atOffset(criteria, order, 200, 20)));
        }
        assertIndexed(name + ", counted", "count", TicketQuery.count(criteria));
    }

    @org.junit.jupiter.api.Test
    void theCheckSeesAFullScan() throws Exception {
        List<String> plan = new ArrayList<>();
        boolean fullScan;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain =
                        connection.prepareStatement("EXPLAIN SELECT t.id FROM tickets t WHERE t.title = 'x'")) {
            fullScan = fullScan(explain, plan);
        }
        assertThat(fullScan).as("plan %s", plan).isTrue();
    }

    private static boolean fullScan(PreparedStatement explain, List<String> plan) throws SQLException {
        boolean fullScan = false;
        try (ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString("table");
                String type = rows.getString("type");
                plan.add(table + ": " + type + " " + rows.getString("key") + " (" + rows.getString("rows") + " rows) "
                        + rows.getString("Extra"));
                fullScan |= "t".equals(table) && "ALL".equalsIgnoreCase(type);
            }
        }
        return fullScan;
    }

    private void assertIndexed(String what, String statement, TicketQuery query) throws SQLException {
        MappedStatement mapped = sessions.getConfiguration().getMappedStatement(MAPPER + "." + statement);
        Map<String, Object> parameters = Map.of("q", query);
        BoundSql sql = mapped.getBoundSql(parameters);
        List<String> plan = new ArrayList<>();
        boolean fullScan;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql.getSql())) {
            new DefaultParameterHandler(mapped, parameters, sql).setParameters(explain);
            fullScan = fullScan(explain, plan);
        }
        assertThat(fullScan).as("%s scans the whole table: %s", what, plan).isFalse();
    }
}
