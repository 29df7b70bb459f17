package io.polydesk.api.graphql.task;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.task.TaskInputs.CloseTaskInput;
import io.polydesk.api.graphql.task.TaskInputs.CreateTaskInput;
import io.polydesk.api.graphql.task.TaskInputs.CreateTaskTypeInput;
import io.polydesk.api.graphql.task.TaskInputs.TaskIdInput;
import io.polydesk.api.graphql.task.TaskInputs.UpdateTaskInput;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskQueries;
import io.polydesk.domain.task.TaskService;
import io.polydesk.domain.task.TaskType;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Task types, tasks on tickets and their fields; every nested field is loaded for a whole response at once. */
@Controller
class TaskGraphQlController {

    private final TaskService service;
    private final TaskQueries queries;
    private final UserQueries users;

    TaskGraphQlController(TaskService service, TaskQueries queries, UserQueries users) {
        this.service = service;
        this.queries = queries;
        this.users = users;
    }

    @QueryMapping
    List<TaskType> taskTypes(@AuthenticationPrincipal Actor actor) {
        return queries.types(actor);
    }

    @MutationMapping
    TaskTypePayload createTaskType(@Argument CreateTaskTypeInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TaskTypePayload(service.createType(actor, input.name()));
    }

    @MutationMapping
    TaskPayload createTask(@Argument CreateTaskInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long ticketId = Ids.require(input.ticketId(), "input.ticketId");
        return new TaskPayload(service.create(actor, ticketId, input.toCommand()));
    }

    @MutationMapping
    TaskPayload updateTask(@Argument UpdateTaskInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        return new TaskPayload(service.update(actor, id, input.toCommand()));
    }

    @MutationMapping
    TaskPayload closeTask(@Argument CloseTaskInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TaskPayload(service.close(actor, Ids.require(input.id(), "input.id"), input.note()));
    }

    @MutationMapping
    TaskPayload reopenTask(@Argument TaskIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TaskPayload(service.reopen(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    DeletedPayload deleteTask(@Argument TaskIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        service.delete(actor, id);
        return DeletedPayload.of(id);
    }

    @BatchMapping(typeName = "Ticket")
    Map<Ticket, List<Task>> tasks(List<Ticket> tickets, GraphQLContext context) {
        Map<Long, List<Task>> tasks = queries.ofTickets(CurrentActor.from(context), Batches.ids(tickets, Ticket::id));
        Map<Ticket, List<Task>> result = new HashMap<>();
        tickets.forEach(t -> result.put(t, tasks.getOrDefault(t.id(), List.of())));
        return result;
    }

    @BatchMapping
    Map<Task, TaskType> type(List<Task> tasks) {
        return Batches.byKey(tasks, Task::typeId, queries::typesByIds);
    }

    @BatchMapping
    Map<Task, User> agent(List<Task> tasks) {
        return Batches.byKey(tasks, Task::agentId, users::byIds);
    }
}
