package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.CommentItem;
import io.polydesk.compat.bossdesk.dto.TaskItem;
import io.polydesk.compat.bossdesk.dto.TimeEntryItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.task.CreateTask;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskQueries;
import io.polydesk.domain.task.TaskService;
import io.polydesk.domain.task.UpdateTask;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryQueries;
import io.polydesk.domain.time.TimeEntryService;
import io.polydesk.domain.time.UpdateTimeEntry;
import io.polydesk.domain.user.UserQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Work on a ticket from the agent side: comments, tasks and time entries. Sub-resources use their own numeric id
 * and must belong to the ticket in the path, or they are not found.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskTicketWorkController {

    private final BossDeskTickets tickets;
    private final BossDeskTicketViews views;
    private final CommentService comments;
    private final TaskService taskService;
    private final TaskQueries taskQueries;
    private final TimeEntryService timeService;
    private final TimeEntryQueries timeQueries;
    private final UserQueries users;

    BossDeskTicketWorkController(
            BossDeskTickets tickets,
            BossDeskTicketViews views,
            CommentService comments,
            TaskService taskService,
            TaskQueries taskQueries,
            TimeEntryService timeService,
            TimeEntryQueries timeQueries,
            UserQueries users) {
        this.tickets = tickets;
        this.views = views;
        this.comments = comments;
        this.taskService = taskService;
        this.taskQueries = taskQueries;
        this.timeService = timeService;
        this.timeQueries = timeQueries;
        this.users = users;
    }

    @PostMapping("/tickets/{friendlyId}/comments")
    ResponseEntity<CommentItem> comment(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        JsonBody fields = BossDeskParams.require(body, "comment");
        Change<String> text = fields.text("body");
        Change<Boolean> isPublic = fields.bool("is_public");
        if (isPublic.value() == null) {
            fields.reject("is_public", BossDeskErrors.BLANK);
        }
        if (text.value() == null || text.value().isBlank()) {
            fields.reject("body", BossDeskErrors.BLANK);
        }
        fields.validate();
        Comment added = comments.add(actor, ticket.id(), text.value(), !isPublic.value());
        CommentItem item = views.comment(added, users.byIds(List.of(actor.userId())), List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(item);
    }

    @PostMapping("/tickets/{friendlyId}/tasks")
    ResponseEntity<TaskItem> createTask(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        JsonBody fields = BossDeskParams.require(body, "task");
        Change<String> title = fields.text("title");
        Change<Long> type = fields.id("type_id");
        Change<Long> team = fields.id("team_id");
        Change<Long> agent = fields.id("agent_id");
        Change<String> note = fields.text("note");
        Change<Instant> due = time(fields, "due_at");
        if (title.value() == null || title.value().isBlank()) {
            fields.reject("title", BossDeskErrors.BLANK);
        }
        fields.validate();
        Task task = taskService.create(
                actor,
                ticket.id(),
                new CreateTask(title.value(), type.value(), team.value(), agent.value(), note.value(), due.value()));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.task(actor, task));
    }

    @PatchMapping("/tickets/{friendlyId}/tasks/{id}")
    ResponseEntity<Void> updateTask(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @PathVariable long id,
            @RequestBody(required = false) JsonNode body) {
        Task task = task(actor, friendlyId, id);
        JsonBody fields = BossDeskParams.require(body, "task");
        UpdateTask update = new UpdateTask(
                fields.text("title"),
                fields.id("type_id"),
                fields.id("team_id"),
                fields.id("agent_id"),
                fields.text("note"),
                time(fields, "due_at"));
        fields.validate();
        taskService.update(actor, task.id(), update);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/tickets/{friendlyId}/tasks/{id}/close")
    TaskItem closeTask(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @PathVariable long id,
            @RequestBody(required = false) JsonNode body) {
        Task task = task(actor, friendlyId, id);
        JsonBody fields = BossDeskParams.permit(body, "task");
        Change<String> note = fields.text("note");
        fields.validate();
        return views.task(actor, taskService.close(actor, task.id(), note.value()));
    }

    @PatchMapping("/tickets/{friendlyId}/tasks/{id}/reopen")
    TaskItem reopenTask(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        Task task = task(actor, friendlyId, id);
        return views.task(actor, taskService.reopen(actor, task.id()));
    }

    @DeleteMapping("/tickets/{friendlyId}/tasks/{id}")
    ResponseEntity<Void> deleteTask(
            @AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        Task task = task(actor, friendlyId, id);
        taskService.delete(actor, task.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tickets/{friendlyId}/time_entries")
    ResponseEntity<TimeEntryItem> logTime(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        JsonBody fields = BossDeskParams.require(body, "time_entry");
        Change<Long> agent = fields.id("agent_id");
        Change<LocalDate> date = date(fields);
        Change<Long> duration = fields.id("duration");
        Change<Boolean> billable = fields.bool("billable");
        Change<Long> task = fields.id("task_id");
        Change<String> note = fields.text("note");
        if (!fields.has("date") || date.isPresent() && date.value() == null) {
            fields.reject("date", BossDeskErrors.BLANK);
        }
        if (!fields.has("duration") || duration.isPresent() && duration.value() == null) {
            fields.reject("duration", BossDeskErrors.BLANK);
        }
        fields.validate();
        TimeEntry entry = timeService.log(
                actor,
                ticket.id(),
                new LogTime(
                        agent.value(),
                        date.value(),
                        minutes(duration.value()),
                        billable.value(),
                        task.value(),
                        note.value()));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.timeEntry(actor, entry));
    }

    @PatchMapping("/tickets/{friendlyId}/time_entries/{id}")
    ResponseEntity<Void> updateTime(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @PathVariable long id,
            @RequestBody(required = false) JsonNode body) {
        TimeEntry entry = timeEntry(actor, friendlyId, id);
        JsonBody fields = BossDeskParams.require(body, "time_entry");
        Change<Long> duration = fields.id("duration");
        UpdateTimeEntry update = new UpdateTimeEntry(
                date(fields),
                duration.map(BossDeskTicketWorkController::minutes),
                fields.bool("billable"),
                fields.id("task_id"),
                fields.text("note"));
        fields.validate();
        timeService.update(actor, entry.id(), update);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/tickets/{friendlyId}/time_entries/{id}")
    ResponseEntity<Void> deleteTime(
            @AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        TimeEntry entry = timeEntry(actor, friendlyId, id);
        timeService.delete(actor, entry.id());
        return ResponseEntity.noContent().build();
    }

    private Task task(Actor actor, long friendlyId, long taskId) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        Map<Long, Task> found = taskQueries.byIds(actor, List.of(taskId));
        Task task = found.get(taskId);
        if (task == null || task.ticketId() != ticket.id()) {
            throw DomainException.notFound("Task", taskId);
        }
        return task;
    }

    private TimeEntry timeEntry(Actor actor, long friendlyId, long entryId) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        TimeEntry entry = timeQueries.get(actor, entryId);
        if (entry.ticketId() != ticket.id()) {
            throw DomainException.notFound("Time entry", entryId);
        }
        return entry;
    }

    /** {@code DD-MM-YYYY} as the document sends it. */
    private static Change<LocalDate> date(JsonBody fields) {
        Change<String> text = fields.text("date");
        if (!text.isPresent() || text.value() == null) {
            return text.isPresent() ? Change.to(null) : Change.keep();
        }
        try {
            return Change.to(BossDeskParams.dayMonthYear(text.value()));
        } catch (DateTimeParseException e) {
            fields.reject("date", BossDeskErrors.INVALID);
            return Change.keep();
        }
    }

    /** {@code YYYY-MM-DD hh:mm:ss} (UTC) or ISO 8601. */
    private static Change<Instant> time(JsonBody fields, String name) {
        Change<String> text = fields.text(name);
        if (!text.isPresent() || text.value() == null) {
            return text.isPresent() ? Change.to(null) : Change.keep();
        }
        try {
            return Change.to(BossDeskParams.time(text.value()));
        } catch (DateTimeParseException e) {
            fields.reject(name, BossDeskErrors.INVALID);
            return Change.keep();
        }
    }

    private static Integer minutes(Long duration) {
        if (duration == null) {
            return null;
        }
        return duration > Integer.MAX_VALUE || duration < Integer.MIN_VALUE ? Integer.MAX_VALUE : duration.intValue();
    }
}
