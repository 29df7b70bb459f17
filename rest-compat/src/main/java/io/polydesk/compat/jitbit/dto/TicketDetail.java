package io.polydesk.compat.jitbit.dto;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** {@code /api/Ticket}: the whole ticket without its comments, which clients fetch from {@code /api/Comments}. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record TicketDetail(
        long ticketID,
        long issueID,
        long userID,
        Long assignedToUserID,
        Long categoryID,
        String categoryName,
        String subject,
        String body,
        int priority,
        long statusID,
        String status,
        String issueDate,
        String dueDate,
        String startDate,
        String resolvedDate,
        String lastUpdated,
        long timeSpentInSeconds,
        JitbitUser submitterUserInfo,
        JitbitUser assigneeUserInfo,
        String onBehalfUserName,
        List<TicketTag> tags,
        List<JitbitAttachment> attachments,
        String origin,
        String url,
        boolean updatedByUser,
        boolean updatedByPerformer,
        boolean updatedForTechView,
        boolean isCurrentUserTechInThisCategory,
        boolean isCurrentCategoryForTechsOnly,
        boolean submittedByCurrentUser,
        boolean isInKb) {}
