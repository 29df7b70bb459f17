package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A partial update. {@code expectedLockVersion} is the version the caller last saw; when given and stale,
 * the update is a conflict. Dialects without optimistic locking leave it null and still never overwrite
 * a concurrent write silently, because the version check happens in the same statement as the write.
 */
public record UpdateTicket(
        Change<String> title,
        Change<String> description,
        Change<String> priority,
        Change<String> status,
        Change<Long> assigneeId,
        Change<Long> projectId,
        Change<Long> teamId,
        Change<Long> typeId,
        Change<List<String>> tags,
        Change<LocalDate> dueDate,
        Change<String> resolution,
        Change<Map<String, String>> customFields,
        Change<Long> companyId,
        Change<Instant> pendingUntil,
        Integer expectedLockVersion) {

    public UpdateTicket {
        Validation v = new Validation();
        if (title.isPresent()) {
            v.required(title.value(), "title").maxLength(title.value(), TicketLimits.TITLE, "title");
        }
        v.maxLength(description.value(), TicketLimits.DESCRIPTION, "description");
        v.maxLength(resolution.value(), TicketLimits.RESOLUTION, "resolution");
        v.check(!priority.isPresent() || priority.value() != null, "priority", "must not be null");
        v.check(!status.isPresent() || status.value() != null, "status", "must not be null");
        v.throwIfInvalid();
        if (tags.isPresent()) {
            TicketLimits.checkTags(tags.value());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an update field by field; every field left out stays as it is. */
    public static final class Builder {
        private Change<String> title = Change.keep();
        private Change<String> description = Change.keep();
        private Change<String> priority = Change.keep();
        private Change<String> status = Change.keep();
        private Change<Long> assigneeId = Change.keep();
        private Change<Long> projectId = Change.keep();
        private Change<Long> teamId = Change.keep();
        private Change<Long> typeId = Change.keep();
        private Change<List<String>> tags = Change.keep();
        private Change<LocalDate> dueDate = Change.keep();
        private Change<String> resolution = Change.keep();
        private Change<Map<String, String>> customFields = Change.keep();
        private Change<Long> companyId = Change.keep();
        private Change<Instant> pendingUntil = Change.keep();
        private Integer expectedLockVersion;

        public Builder title(Change<String> value) {
            title = value;
            return this;
        }

        public Builder description(Change<String> value) {
            description = value;
            return this;
        }

        public Builder priority(Change<String> value) {
            priority = value;
            return this;
        }

        public Builder status(Change<String> value) {
            status = value;
            return this;
        }

        public Builder assigneeId(Change<Long> value) {
            assigneeId = value;
            return this;
        }

        public Builder projectId(Change<Long> value) {
            projectId = value;
            return this;
        }

        public Builder teamId(Change<Long> value) {
            teamId = value;
            return this;
        }

        public Builder typeId(Change<Long> value) {
            typeId = value;
            return this;
        }

        public Builder tags(Change<List<String>> value) {
            tags = value;
            return this;
        }

        public Builder dueDate(Change<LocalDate> value) {
            dueDate = value;
            return this;
        }

        public Builder resolution(Change<String> value) {
            resolution = value;
            return this;
        }

        public Builder customFields(Change<Map<String, String>> value) {
            customFields = value;
            return this;
        }

        public Builder companyId(Change<Long> value) {
            companyId = value;
            return this;
        }

        /** When a snoozed ticket returns to open by itself; null drops the snooze and leaves it pending. */
        public Builder pendingUntil(Change<Instant> value) {
            pendingUntil = value;
            return this;
        }

        public Builder expectedLockVersion(Integer value) {
            expectedLockVersion = value;
            return this;
        }

        public UpdateTicket build() {
            return new UpdateTicket(
                    title,
                    description,
                    priority,
                    status,
                    assigneeId,
                    projectId,
                    teamId,
                    typeId,
                    tags,
                    dueDate,
                    resolution,
                    customFields,
                    companyId,
                    pendingUntil,
                    expectedLockVersion);
        }
    }
}
