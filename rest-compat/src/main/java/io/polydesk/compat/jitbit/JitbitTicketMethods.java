package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketArchiving;
import io.polydesk.domain.ticket.TicketClosing;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.ticket.UpdateTicket;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntryService;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The ticket methods: {@code Tickets}, {@code Search}, {@code Ticket} (read and create), {@code UpdateTicket}, {@code Close}, {@code deleteTicket}. */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitTicketMethods implements JitbitMethods {

    private final TicketQueries queries;
    private final TicketUpdates updates;
    private final TicketArchiving archiving;
    private final TicketClosing closing;
    private final TimeEntryService time;
    private final Workflow workflow;
    private final JitbitCodes codes;
    private final JitbitTicketViews views;
    private final JitbitCustomFields customFields;
    private final JitbitUploads uploads;

    JitbitTicketMethods(
            TicketQueries queries,
            TicketUpdates updates,
            TicketArchiving archiving,
            TicketClosing closing,
            TimeEntryService time,
            Workflow workflow,
            JitbitCodes codes,
            JitbitTicketViews views,
            JitbitCustomFields customFields,
            JitbitUploads uploads) {
        this.queries = queries;
        this.updates = updates;
        this.archiving = archiving;
        this.closing = closing;
        this.time = time;
        this.workflow = workflow;
        this.codes = codes;
        this.views = views;
        this.customFields = customFields;
        this.uploads = uploads;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read("Tickets", this::list);
        routes.read("Search", call -> page(call, call.requiredText("query")));
        routes.readOrWrite("Ticket", this::detail, this::create);
        routes.write("UpdateTicket", this::update);
        routes.writeByGet("Close", this::close);
        routes.write("deleteTicket", this::delete);
    }

    Object list(JitbitCall call) {
        return page(call, null);
    }

    /** A page of ticket summaries; {@code Search} passes its text. */
    Object page(JitbitCall call, String text) {
        JitbitTicketListQuery query = JitbitTicketListQuery.parse(call, codes, workflow, text);
        if (query.empty()) {
            return List.of();
        }
        List<Ticket> page =
                queries.slice(call.actor(), query.filter(), TicketOrder.NEWEST_FIRST, query.offset(), query.count());
        return views.summaries(call.actor(), page, query.includeCustomFields());
    }

    private Object detail(JitbitCall call) {
        long id = call.requiredId("id");
        return views.detail(call.actor(), queries.get(call.actor(), id));
    }

    /** Answers the new ticket's id as a bare JSON number. */
    private Object create(JitbitCall call) {
        Long categoryId = call.params().id("categoryId");
        if (categoryId == null && call.params().text("categoryId") == null) {
            call.params().reject("categoryId", "is required");
        }
        String body = call.requiredText("body");
        String subject = call.requiredText("subject");
        Integer priority = call.integer("priorityId", -1, 2);
        Long userId = call.params().id("userId");
        Long assignee = call.params().id("assignedToUserId");
        Integer origin = call.integer("origin", 0, 8);
        Map<Long, String> fields = call.customFieldParams();
        call.params().validate();
        Map<String, String> byKey = customFields.byKey(call.actor(), fields, call.params(), "cf");
        call.params().validate();
        Ticket created = uploads.createTicket(
                call.actor(),
                CreateTicket.builder()
                        .title(subject)
                        .description(body)
                        .priority(codes.priorityKey(priority == null ? 0 : priority))
                        .projectId(categoryId)
                        .requesterId(userId)
                        .assigneeId(assignee == null || assignee == 0 ? null : assignee)
                        .tags(tags(call.params().text("tags")))
                        .source(origin == null ? null : codes.source(origin))
                        .customFields(byKey)
                        .build(),
                call.files("uploadfile", "file"));
        return created.id();
    }

    private Object update(JitbitCall call) {
        long id = call.requiredId("id");
        UpdateTicket.Builder update = UpdateTicket.builder();
        if (call.params().has("categoryId")) {
            Long category = call.params().id("categoryId");
            update.projectId(Change.to(category));
        }
        Integer priority = call.integer("priority", -1, 2);
        if (priority == null) {
            priority = call.integer("priorityId", -1, 2);
        }
        if (priority != null) {
            update.priority(Change.to(codes.priorityKey(priority)));
        }
        if (call.params().has("dueDate")) {
            update.dueDate(Change.to(call.day("dueDate")));
        }
        if (call.params().has("assignedUserId")) {
            Integer assignee = call.integer("assignedUserId", 0, Integer.MAX_VALUE);
            update.assigneeId(Change.to(assignee == null || assignee == 0 ? null : (long) assignee));
        }
        Long statusId = call.params().id("statusId");
        if (statusId != null) {
            String key = codes.status(statusId).map(Status::key).orElse(null);
            if (key == null) {
                call.params().reject("statusId", "names no status with id " + statusId);
            }
            update.status(Change.to(key));
        }
        if (call.params().has("tags")) {
            update.tags(Change.to(tags(call.params().text("tags"))));
        }
        String subject = call.params().text("subject");
        if (subject != null) {
            update.title(Change.to(subject));
        }
        String body = call.params().text("body");
        if (body != null) {
            update.description(Change.to(body));
        }
        Integer seconds = call.integer("timeSpentInSeconds", 0, LogTime.MAX_MINUTES * 60);
        call.params().validate();
        updates.update(call.actor(), id, update.build());
        if (seconds != null && seconds > 0) {
            logTime(call.actor(), id, seconds);
        }
        return null;
    }

    private void logTime(Actor actor, long ticketId, int seconds) {
        int minutes = Math.max(1, Math.round(seconds / 60f));
        time.log(actor, ticketId, LogTime.of(LocalDate.now(ZoneOffset.UTC), minutes));
    }

    private Object close(JitbitCall call) {
        long id = call.requiredId("id");
        call.params().bool("suppressNotification");
        call.params().validate();
        closing.close(call.actor(), id);
        return null;
    }

    private Object delete(JitbitCall call) {
        long id = call.requiredId("id");
        archiving.archive(call.actor(), id, null);
        return null;
    }

    /** {@code "a, b,c"} as {@code [a, b, c]}; blank entries dropped. */
    static List<String> tags(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
