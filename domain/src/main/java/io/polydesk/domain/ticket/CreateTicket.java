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
        return builder().title(title).description(description).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a new ticket field by field; every field left out takes its default. */
    public static final class Builder {
        private String title;
        private String description;
        private String priority;
        private Long projectId;
        private Long assigneeId;
        private Long requesterId;
        private Long teamId;
        private Long typeId;
        private List<String> tags;
        private LocalDate dueDate;
        private String source;
        private Map<String, String> customFields;

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder priority(String value) {
            priority = value;
            return this;
        }

        public Builder projectId(Long value) {
            projectId = value;
            return this;
        }

        public Builder assigneeId(Long value) {
            assigneeId = value;
            return this;
        }

        public Builder requesterId(Long value) {
            requesterId = value;
            return this;
        }

        public Builder teamId(Long value) {
            teamId = value;
            return this;
        }

        public Builder typeId(Long value) {
            typeId = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder dueDate(LocalDate value) {
            dueDate = value;
            return this;
        }

        public Builder source(String value) {
            source = value;
            return this;
        }

        public Builder customFields(Map<String, String> value) {
            customFields = value;
            return this;
        }

        public CreateTicket build() {
            return new CreateTicket(
                    title,
                    description,
                    priority,
                    projectId,
                    assigneeId,
                    requesterId,
                    teamId,
                    typeId,
                    tags,
                    dueDate,
                    source,
                    customFields);
        }
    }
}
