package io.polydesk.persistence.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskRepository;
import io.polydesk.domain.task.TaskType;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryRepository;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class TaskRepositoryContract extends RepositoryTest {

    @Autowired
    TaskRepository tasks;

    @Autowired
    TimeEntryRepository timeEntries;

    User agent;
    Ticket ticket;
    TaskType type;
    long teamId;

    @BeforeEach
    void aTicketWithATypeAndATeam() {
        agent = newUser(Role.AGENT);
        ticket = aTicket(newUser(Role.CUSTOMER)).insert();
        long typeId = tasks.insertType(new TaskType(0, unique("Development"), T0, T0));
        type = tasks.findType(typeId).orElseThrow();
        String team = unique("team");
        jdbc.update("INSERT INTO teams (name) VALUES (?)", team);
        teamId = jdbc.queryForObject("SELECT id FROM teams WHERE name = ?", Long.class, team);
    }

    private Task task(Ticket on, String title, int secondsAfterT0) {
        long id = tasks.insert(new Task(
                0,
                on.id(),
                null,
                null,
                null,
                title,
                null,
                null,
                null,
                T0.plusSeconds(secondsAfterT0),
                T0.plusSeconds(secondsAfterT0)));
        return tasks.findById(id).orElseThrow();
    }

    @Test
    void taskTypesReadBackByIdByIdsAndByCaseInsensitiveName() {
        assertThat(tasks.findType(type.id()))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new TaskType(type.id(), type.name(), T0, T0));
        assertThat(tasks.typeNameExists(type.name().toUpperCase())).isTrue();
        assertThat(tasks.typeNameExists(unique("nothing"))).isFalse();
        assertThat(tasks.findTypesByIds(List.of(type.id(), -1L)))
                .extracting(TaskType::id)
                .containsExactly(type.id());
        assertThat(tasks.types()).extracting(TaskType::id).contains(type.id());
        assertThat(tasks.findTypesByIds(List.of())).isEmpty();
    }

    @Test
    void insertedTaskReadsBackWithEveryFieldAndUpdatesWriteThemAll() {
        Task draft = new Task(
                0,
                ticket.id(),
                type.id(),
                teamId,
                agent.id(),
                "Call the vendor",
                "Ask for ETA",
                T0.plusSeconds(3600),
                null,
                T0,
                T0);
        long id = tasks.insert(draft);
        assertThat(tasks.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Task(
                        id,
                        ticket.id(),
                        type.id(),
                        teamId,
                        agent.id(),
                        "Call the vendor",
                        "Ask for ETA",
                        T0.plusSeconds(3600),
                        null,
                        T0,
                        T0));

        Task closed = new Task(
                id, ticket.id(), null, null, null, "Called", null, null, T0.plusSeconds(60), T0, T0.plusSeconds(60));
        tasks.update(closed);
        assertThat(tasks.findById(id)).get().usingRecursiveComparison().isEqualTo(closed);
        assertThat(tasks.findById(-1)).isEmpty();
    }

    @Test
    void tasksOfManyTicketsComeInOneQueryOldestFirst() {
        Ticket other = aTicket(agent).insert();
        Task second = task(ticket, "second", 20);
        Task first = task(ticket, "first", 10);
        Task elsewhere = task(other, "elsewhere", 5);

        assertThat(tasks.listByTickets(List.of(ticket.id(), other.id())))
                .extracting(Task::id)
                .containsExactly(first.id(), second.id(), elsewhere.id());
        assertThat(tasks.findByIds(List.of(first.id(), elsewhere.id())))
                .extracting(Task::id)
                .containsExactlyInAnyOrder(first.id(), elsewhere.id());
        assertThat(tasks.listByTickets(List.of())).isEmpty();
    }

    @Test
    void deletingATaskKeepsTheTimeLoggedAgainstIt() {
        Task doomed = task(ticket, "doomed", 0);
        long entryId = timeEntries.insert(new TimeEntry(
                0, ticket.id(), agent.id(), doomed.id(), LocalDate.of(2026, 3, 1), 30, true, null, T0, T0));

        tasks.delete(doomed.id());

        assertThat(tasks.findById(doomed.id())).isEmpty();
        assertThat(timeEntries.findById(entryId))
                .get()
                .extracting(TimeEntry::taskId)
                .isNull();
    }
}
