package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.CustomFieldValue;
import io.polydesk.compat.jitbit.dto.JitbitAttachment;
import io.polydesk.compat.jitbit.dto.JitbitUser;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import java.util.List;

/**
 * A ticket with what its Jitbit shapes point at, loaded in batches, and its Jitbit codes worked out. Nullable:
 * {@code assignee}, {@code project}, {@code company}; {@code customFields} is null unless asked for; the detail-only
 * fields are empty or null in list rows.
 */
record JitbitTicketView(
        Ticket ticket,
        long statusId,
        String statusName,
        int priority,
        String origin,
        User requester,
        User assignee,
        Project project,
        Company company,
        boolean hasChildren,
        List<CustomFieldValue> customFields,
        List<Tag> tags,
        List<JitbitAttachment> attachments,
        JitbitUser submitterInfo,
        JitbitUser assigneeInfo,
        long timeSpentSeconds,
        boolean submittedByCaller,
        boolean callerIsTech) {}
