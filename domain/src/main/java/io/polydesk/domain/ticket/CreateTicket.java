package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A new ticket. Null priority means the default, null requester means the caller; only staff may file for
 * someone else, assign, or set team and type.
 */
public record CreateTicket(
        String title,
        String description,
        String priority,
        Long projectId,
        Long assigneeId,
        Long requesterId,
        Long teamId,
        Long typeId,
        List<String> tags,
        LocalDate dueDate,
        String source,
        Map<String, String> customFields) {

    public CreateTicket {
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
        new Validation()
                .required(title, "title")
                .maxLength(title, TicketLimits.TITLE, "title")
                .maxLength(description, TicketLimits.DESCRIPTION, "description")
                .check(
                        source == null || TicketSource.KNOWN.contains(source),
                        "source",
                        "must be one of " + TicketSource.KNOWN.stream().sorted().toList())
                .throwIfInvalid();
        TicketLimits.checkTags(tags);
    }

    /** The common case: a title, a description and defaults for the rest. */
    public static CreateTicket of(String title, String description) {
        return new CreateTicket(
                title, description, null, null, null, null, null, null, List.of(), null, null, Map.of());
    }
}
