package io.polydesk.api.graphql.ticketwork;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.task.CreateTask;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskService;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

@PolydeskIntegrationTest
class TasksAndTimeTest extends GraphQlTestSupport {

    private static final String CREATE_TYPE = """
            mutation ($input: CreateTaskTypeInput!) { createTaskType(input: $input) { taskType { id name } } }""";

    private static final String TASK_TYPES = "{ taskTypes { id name } }";

    private static final String CREATE_TASK = """
            mutation ($input: CreateTaskInput!) {
              createTask(input: $input) {
                task { id ticketId title note dueAt closed closedAt type { name } agent { id } }
              }
            }""";

    private static final String UPDATE_TASK = """
            mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { task { title note dueAt agent { id } } } }""";

    private static final String CLOSE_TASK = """
            mutation ($input: CloseTaskInput!) { closeTask(input: $input) { task { closed closedAt note } } }""";

    private static final String REOPEN_TASK = """
            mutation ($input: ReopenTaskInput!) { reopenTask(input: $input) { task { closed closedAt } } }""";

    private static final String LOG_TIME = """
            mutation ($input: LogTimeInput!) {
              logTime(input: $input) { timeEntry { id date minutes billable note agent { id } task { id title } } }
            }""";

    private static final String UPDATE_TIME = """
            mutation ($input: UpdateTimeEntryInput!) { updateTimeEntry(input: $input) { timeEntry { minutes billable } } }""";

    private static final String DELETE_TIME = """
            mutation ($input: DeleteTimeEntryInput!) { deleteTimeEntry(input: $input) { id } }""";

    private static final String WORK = """
            query ($id: ID!, $first: Int, $after: String) {
              ticket(id: $id) {
                tasks { id title }
                timeSpent { minutes billableMinutes }
                timeEntries(first: $first, after: $after) {
                  totalCount
                  pageInfo { hasNextPage endCursor }
                  edges { cursor node { minutes date } }
                }
              }
            }""";

    @Autowired
    TaskService taskService;

    @Autowired
    TimeEntryService timeService;

    private Task task(TestUser agent, Ticket ticket, String title) {
        return taskService.create(agent.actor(), ticket.id(), new CreateTask(title, null, null, null, null, null));
    }

    private TimeEntry time(TestUser agent, Ticket ticket, LocalDate date, int minutes, boolean billable) {
        return timeService.log(agent.actor(), ticket.id(), new LogTime(null, date, minutes, billable, null, null));
    }

    private static Map<String, Object> input(Object... pairs) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            input.put((String) pairs[i], pairs[i + 1]);
        }
        return input;
    }

    @Test
    void administratorCreatesTaskTypesThatStaffList() {
        String name = "Development " + unique();
        String id = as(users.admin())
                .document(CREATE_TYPE)
                .variable("input", Map.of("name", name))
                .execute()
                .path("createTaskType.taskType.name")
                .entity(String.class)
                .isEqualTo(name)
                .path("createTaskType.taskType.id")
                .entity(String.class)
                .get();

        as(users.agent())
                .document(TASK_TYPES)
                .execute()
                .path("taskTypes[*].id")
                .entityList(String.class)
                .contains(id);
    }

    @Test
    void agentCannotCreateTaskTypesAndCustomerCannotListThem() {
        singleError(
                as(users.agent())
                        .document(CREATE_TYPE)
                        .variable("input", Map.of("name", "X " + unique()))
                        .execute(),
                "FORBIDDEN");
        singleError(as(users.customer()).document(TASK_TYPES).execute(), "FORBIDDEN");
        singleError(anonymous().document(TASK_TYPES).execute(), "UNAUTHORIZED");
    }

    @Test
    void duplicateTaskTypeNameIsAConflict() {
        String name = "Calls " + unique();
        as(users.admin())
                .document(CREATE_TYPE)
                .variable("input", Map.of("name", name))
                .execute();
        ResponseError error = singleError(
                as(users.admin())
                        .document(CREATE_TYPE)
                        .variable("input", Map.of("name", name.toUpperCase()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
    }

    @Test
    void agentCreatesUpdatesClosesAndReopensATask() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Laptop setup");
        String typeId = as(users.admin())
                .document(CREATE_TYPE)
                .variable("input", Map.of("name", "Setup " + unique()))
                .execute()
                .path("createTaskType.taskType.id")
                .entity(String.class)
                .get();

        String taskId = as(agent)
                .document(CREATE_TASK)
                .variable(
                        "input",
                        input(
                                "ticketId",
                                id(ticket.id()),
                                "title",
                                "  Install OS ",
                                "typeId",
                                typeId,
                                "agentId",
                                id(agent.id()),
                                "note",
                                "Win 11",
                                "dueAt",
                                "2026-12-01T15:00:00Z"))
                .execute()
                .path("createTask.task.title")
                .entity(String.class)
                .isEqualTo("Install OS")
                .path("createTask.task.type.name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).startsWith("Setup"))
                .path("createTask.task.agent.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()))
                .path("createTask.task.dueAt")
                .entity(String.class)
                .isEqualTo("2026-12-01T15:00:00Z")
                .path("createTask.task.closed")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("createTask.task.id")
                .entity(String.class)
                .get();

        as(agent)
                .document(UPDATE_TASK)
                .variable("input", input("id", taskId, "note", null, "agentId", null))
                .execute()
                .path("updateTask.task.title")
                .entity(String.class)
                .isEqualTo("Install OS")
                .path("updateTask.task.note")
                .valueIsNull()
                .path("updateTask.task.agent")
                .valueIsNull()
                .path("updateTask.task.dueAt")
                .entity(String.class)
                .isEqualTo("2026-12-01T15:00:00Z");

        as(agent)
                .document(CLOSE_TASK)
                .variable("input", Map.of("id", taskId, "note", "Done"))
                .execute()
                .path("closeTask.task.closed")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("closeTask.task.closedAt")
                .hasValue()
                .path("closeTask.task.note")
                .entity(String.class)
                .isEqualTo("Done");

        as(agent)
                .document(REOPEN_TASK)
                .variable("input", Map.of("id", taskId))
                .execute()
                .path("reopenTask.task.closed")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("reopenTask.task.closedAt")
                .valueIsNull();
    }

    @Test
    void taskValidationNamesEveryBadField() {
        Ticket ticket = ticket(users.customer(), "Validation");
        ResponseError error = singleError(
                as(users.agent())
                        .document(CREATE_TASK)
                        .variable(
                                "input",
                                input(
                                        "ticketId",
                                        id(ticket.id()),
                                        "title",
                                        "ok",
                                        "typeId",
                                        "999999999",
                                        "agentId",
                                        id(users.customer().id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.typeId", "input.agentId");

        ResponseError blank = singleError(
                as(users.agent())
                        .document(CREATE_TASK)
                        .variable("input", input("ticketId", id(ticket.id()), "title", " "))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(blank)).containsExactly("input.title");
    }

    @Test
    void customerCannotCreateTasksAndNeverSeesThemOrTime() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Mine");
        task(agent, ticket, "Secret work");
        time(agent, ticket, LocalDate.of(2026, 11, 2), 30, true);

        singleError(
                as(customer)
                        .document(CREATE_TASK)
                        .variable("input", input("ticketId", id(ticket.id()), "title", "Please"))
                        .execute(),
                "FORBIDDEN");
        as(customer)
                .document(WORK)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.tasks")
                .entityList(Object.class)
                .hasSize(0)
                .path("ticket.timeSpent")
                .valueIsNull()
                .path("ticket.timeEntries.totalCount")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("ticket.timeEntries.edges")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void updatingAnUnknownTaskIsNotFound() {
        singleError(
                as(users.agent())
                        .document(UPDATE_TASK)
                        .variable("input", Map.of("id", "999999999", "title", "x"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void agentLogsTimeAgainstATaskOfTheTicket() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Billing");
        Task task = task(agent, ticket, "Investigate");

        as(agent)
                .document(LOG_TIME)
                .variable(
                        "input",
                        input(
                                "ticketId",
                                id(ticket.id()),
                                "date",
                                "2026-11-20",
                                "minutes",
                                90,
                                "billable",
                                true,
                                "taskId",
                                id(task.id()),
                                "note",
                                "Found it"))
                .execute()
                .path("logTime.timeEntry.date")
                .entity(String.class)
                .isEqualTo("2026-11-20")
                .path("logTime.timeEntry.minutes")
                .entity(Integer.class)
                .isEqualTo(90)
                .path("logTime.timeEntry.billable")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("logTime.timeEntry.agent.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()))
                .path("logTime.timeEntry.task.title")
                .entity(String.class)
                .isEqualTo("Investigate");
    }

    @Test
    void timeValidationRefusesZeroMinutesMoreThanADayAndAnotherTicketsTask() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Here");
        Task elsewhere = task(agent, ticket(users.customer(), "There"), "Other work");

        ResponseError zero = singleError(
                as(agent)
                        .document(LOG_TIME)
                        .variable("input", input("ticketId", id(ticket.id()), "date", "2026-11-20", "minutes", 0))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(zero)).containsExactly("input.minutes");
        ResponseError tooLong = singleError(
                as(agent)
                        .document(LOG_TIME)
                        .variable("input", input("ticketId", id(ticket.id()), "date", "2026-11-20", "minutes", 1441))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(tooLong)).containsExactly("input.minutes");
        ResponseError wrongTask = singleError(
                as(agent)
                        .document(LOG_TIME)
                        .variable(
                                "input",
                                input(
                                        "ticketId",
                                        id(ticket.id()),
                                        "date",
                                        "2026-11-20",
                                        "minutes",
                                        10,
                                        "taskId",
                                        id(elsewhere.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(wrongTask)).containsExactly("input.taskId");
    }

    @Test
    void customerCannotLogTime() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        singleError(
                as(customer)
                        .document(LOG_TIME)
                        .variable("input", input("ticketId", id(ticket.id()), "date", "2026-11-20", "minutes", 10))
                        .execute(),
                "FORBIDDEN");
        singleError(
                anonymous()
                        .document(LOG_TIME)
                        .variable("input", input("ticketId", id(ticket.id()), "date", "2026-11-20", "minutes", 10))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void onlyTheEntrysAgentOrAnAdministratorChangesIt() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Shared");
        TimeEntry entry = time(agent, ticket, LocalDate.of(2026, 11, 3), 20, false);

        singleError(
                as(users.agent())
                        .document(UPDATE_TIME)
                        .variable("input", Map.of("id", id(entry.id()), "minutes", 200))
                        .execute(),
                "FORBIDDEN");
        as(agent)
                .document(UPDATE_TIME)
                .variable("input", Map.of("id", id(entry.id()), "billable", true))
                .execute()
                .path("updateTimeEntry.timeEntry.minutes")
                .entity(Integer.class)
                .isEqualTo(20)
                .path("updateTimeEntry.timeEntry.billable")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(users.admin())
                .document(DELETE_TIME)
                .variable("input", Map.of("id", id(entry.id())))
                .execute()
                .path("deleteTimeEntry.id")
                .entity(String.class)
                .isEqualTo(id(entry.id()));
        singleError(
                as(agent)
                        .document(DELETE_TIME)
                        .variable("input", Map.of("id", id(entry.id())))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void timeEntriesPageByDateAndTotalsCountBillableMinutes() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Long job");
        time(agent, ticket, LocalDate.of(2026, 11, 3), 30, true);
        time(agent, ticket, LocalDate.of(2026, 11, 1), 60, false);
        time(agent, ticket, LocalDate.of(2026, 11, 2), 15, true);

        String cursor = as(agent)
                .document(WORK)
                .variable("id", id(ticket.id()))
                .variable("first", 2)
                .execute()
                .path("ticket.tasks")
                .entityList(Object.class)
                .hasSize(0)
                .path("ticket.timeSpent.minutes")
                .entity(Integer.class)
                .isEqualTo(105)
                .path("ticket.timeSpent.billableMinutes")
                .entity(Integer.class)
                .isEqualTo(45)
                .path("ticket.timeEntries.totalCount")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("ticket.timeEntries.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("ticket.timeEntries.edges[*].node.date")
                .entityList(String.class)
                .containsExactly("2026-11-01", "2026-11-02")
                .path("ticket.timeEntries.pageInfo.endCursor")
                .entity(String.class)
                .get();

        as(agent)
                .document(WORK)
                .variable("id", id(ticket.id()))
                .variable("first", 2)
                .variable("after", cursor)
                .execute()
                .path("ticket.timeEntries.edges[*].node.date")
                .entityList(String.class)
                .containsExactly("2026-11-03")
                .path("ticket.timeEntries.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void aBadTimeEntriesCursorOrPageSizeIsBadRequest() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Cursor");
        singleError(
                as(agent)
                        .document(WORK)
                        .variable("id", id(ticket.id()))
                        .variable("after", "nonsense")
                        .execute(),
                "BAD_REQUEST");
        singleError(
                as(agent)
                        .document(WORK)
                        .variable("id", id(ticket.id()))
                        .variable("first", 101)
                        .execute(),
                "BAD_REQUEST");
    }

    @Test
    void tasksOfSeveralTicketsComeTogether() {
        TestUser agent = users.agent();
        Ticket a = ticket(users.customer(), "A");
        Ticket b = ticket(users.customer(), "B");
        task(agent, a, "a1");
        task(agent, b, "b1");
        task(agent, a, "a2");

        as(agent)
                .document("""
                        query ($a: ID!, $b: ID!) { a: ticket(id: $a) { tasks { title } } b: ticket(id: $b) { tasks { title } } }""")
                .variable("a", id(a.id()))
                .variable("b", id(b.id()))
                .execute()
                .path("a.tasks[*].title")
                .entityList(String.class)
                .isEqualTo(List.of("a1", "a2"))
                .path("b.tasks[*].title")
                .entityList(String.class)
                .isEqualTo(List.of("b1"));
    }
}
