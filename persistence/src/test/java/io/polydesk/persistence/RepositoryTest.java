package io.polydesk.persistence;

import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketRepository;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import io.polydesk.domain.workflow.WorkflowRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A repository test on the migrated schema. Each test runs in a transaction that is rolled back, and names
 * its rows uniquely, so tests never see each other's data on a shared server.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public abstract class RepositoryTest {

    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected UserRepository users;

    @Autowired
    protected ProjectRepository projects;

    @Autowired
    protected TicketRepository tickets;

    @Autowired
    protected WorkflowRepository workflow;

    private long newStatusId;
    private long mediumPriorityId;

    @BeforeEach
    void loadWorkflowIds() {
        newStatusId = statusId("new");
        mediumPriorityId = priorityId("medium");
    }

    /** A name no other test (in this run or an earlier one) uses. */
    protected static String unique(String base) {
        return base + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + SEQUENCE.incrementAndGet();
    }

    protected long statusId(String key) {
        return workflow.statuses().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow()
                .id();
    }

    protected long priorityId(String key) {
        return workflow.priorities().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow()
                .id();
    }

    protected User newUser(Role role) {
        String name = unique("user");
        long id = users.insert(new User(
                0,
                name,
                name + "@example.com",
                "First",
                "Last",
                role,
                null,
                null,
                null,
                null,
                true,
                "{noop}secret",
                1,
                T0,
                T0));
        return users.findById(id).orElseThrow();
    }

    protected Project newProject() {
        long id = projects.insert(new Project(0, unique("project"), null, false, T0, T0));
        return projects.findById(id).orElseThrow();
    }

    /** A ticket with sensible defaults; change what the test is about. */
    protected TicketDraft aTicket(User requester) {
        return new TicketDraft(requester.id());
    }

    /** Builds and stores a ticket, numbered as the service numbers it. */
    protected final class TicketDraft {
        private String title = "Printer on fire";
        private String description = "It is on fire.";
        private long statusId = newStatusId;
        private long priorityId = mediumPriorityId;
        private long requesterId;
        private Long assigneeId;
        private Long projectId;
        private LocalDate dueDate;
        private Instant createdAt = T0;
        private Instant updatedAt;
        private boolean archived;

        private TicketDraft(long requesterId) {
            this.requesterId = requesterId;
        }

        public TicketDraft title(String value) {
            title = value;
            return this;
        }

        public TicketDraft description(String value) {
            description = value;
            return this;
        }

        public TicketDraft status(String key) {
            statusId = statusId(key);
            return this;
        }

        public TicketDraft priority(String key) {
            priorityId = priorityId(key);
            return this;
        }

        public TicketDraft assignee(User value) {
            assigneeId = value.id();
            return this;
        }

        public TicketDraft project(Project value) {
            projectId = value.id();
            return this;
        }

        public TicketDraft due(LocalDate value) {
            dueDate = value;
            return this;
        }

        public TicketDraft created(Instant value) {
            createdAt = value;
            return this;
        }

        public TicketDraft updated(Instant value) {
            updatedAt = value;
            return this;
        }

        public TicketDraft archived() {
            archived = true;
            return this;
        }

        public Ticket insert() {
            Ticket draft = Ticket.builder()
                    .title(title)
                    .description(description)
                    .statusId(statusId)
                    .priorityId(priorityId)
                    .requesterId(requesterId)
                    .assigneeId(assigneeId)
                    .projectId(projectId)
                    .dueDate(dueDate)
                    .source("api")
                    .createdAt(createdAt)
                    .updatedAt(updatedAt == null ? createdAt : updatedAt)
                    .archived(archived)
                    .build();
            long id = tickets.insert(draft);
            tickets.assignNumber(id, unique("T"));
            return tickets.findById(id).orElseThrow();
        }
    }
}
