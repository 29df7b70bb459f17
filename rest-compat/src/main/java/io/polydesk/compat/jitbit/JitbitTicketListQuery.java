package io.polydesk.compat.jitbit;

import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.StatusCategory;
import io.polydesk.domain.workflow.Workflow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/Tickets}' filters (DIALECTS §3.5) as a {@link TicketFilter}, every one applied in the query
 * ({@code categoryId} repeated or comma-separated: any of them; {@code subscribedOnly}: the tickets the caller
 * subscribes to), with {@code count} (default 10, at most
 * 300) and {@code offset}. {@code empty} is true when a filter can match nothing, such as a {@code sectionId}.
 */
record JitbitTicketListQuery(TicketFilter filter, int count, long offset, boolean includeCustomFields, boolean empty) {

    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 300;

    static JitbitTicketListQuery parse(JitbitCall call, JitbitCodes codes, Workflow workflow, String text) {
        TicketFilter.Builder filter = TicketFilter.builder().text(text);
        boolean empty = false;
        List<String> statuses = new ArrayList<>();
        for (Long id : call.ids("statusId")) {
            codes.status(id)
                    .ifPresentOrElse(
                            s -> statuses.add(s.key()),
                            () -> call.params().reject("statusId", "names no status with id " + id));
        }
        String mode = call.params().text("mode");
        if (mode != null) {
            switch (mode.toLowerCase(Locale.ROOT)) {
                case "all" -> {}
                case "unanswered" -> statuses.addAll(keys(workflow, StatusCategory.TODO, statuses));
                case "unclosed" -> {
                    statuses.addAll(keys(workflow, StatusCategory.TODO, statuses));
                    statuses.addAll(keys(workflow, StatusCategory.IN_PROGRESS, statuses));
                }
                case "handledbyme" -> filter.assignee(AssigneeFilter.me());
                default -> call.params().reject("mode", "must be one of all, unanswered, unclosed, handledbyme");
            }
        }
        filter.statuses(statuses);
        filter.projectIds(call.ids("categoryId"));
        if (call.params().text("sectionId") != null) {
            call.params().id("sectionId");
            empty = true;
        }
        filter.requesterId(call.params().id("fromUserId"));
        filter.companyId(call.params().id("fromCompanyId"));
        Long handledBy = call.params().id("handledByUserId");
        if (handledBy != null) {
            filter.assignee(AssigneeFilter.user(handledBy));
        }
        filter.tag(call.params().text("tagName"));
        LocalDate dateFrom = call.day("dateFrom");
        LocalDate dateTo = call.day("dateTo");
        LocalDate updatedFrom = call.day("updatedFrom");
        LocalDate updatedTo = call.day("updatedTo");
        filter.createdFrom(dateFrom == null ? null : dateFrom.atStartOfDay().toInstant(ZoneOffset.UTC));
        filter.createdTo(
                dateTo == null ? null : dateTo.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        filter.updatedFrom(
                updatedFrom == null ? null : updatedFrom.atStartOfDay().toInstant(ZoneOffset.UTC));
        filter.updatedTo(
                updatedTo == null ? null : updatedTo.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Integer dueInDays = call.integer("dueInDays", 0, 36500);
        if (dueInDays != null) {
            filter.dueTo(LocalDate.now(ZoneOffset.UTC).plusDays(dueInDays));
        }
        filter.followedByCaller(Boolean.TRUE.equals(call.params().bool("subscribedOnly")));
        Integer count = call.integer("count", 1, Integer.MAX_VALUE);
        Integer offset = call.integer("offset", 0, Integer.MAX_VALUE);
        Boolean customFields = call.params().bool("includeCustomFields");
        call.params().validate();
        return new JitbitTicketListQuery(
                filter.build(),
                count == null ? DEFAULT_COUNT : Math.min(count, MAX_COUNT),
                offset == null ? 0 : offset,
                Boolean.TRUE.equals(customFields),
                empty);
    }

    private static List<String> keys(Workflow workflow, StatusCategory category, List<String> already) {
        return workflow.statuses().stream()
                .filter(s -> s.category() == category && !already.contains(s.key()))
                .map(Status::key)
                .toList();
    }
}
