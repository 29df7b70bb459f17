package io.polydesk.compat.jitbit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One element of {@code /api/Tickets} and {@code /api/Search}; {@code CustomFields} only when asked for. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record TicketSummary(
        long issueID,
        long ticketID,
        int priority,
        long statusID,
        String status,
        String issueDate,
        String subject,
        boolean updatedByUser,
        boolean updatedByPerformer,
        boolean updatedForTechView,
        Long categoryID,
        String category,
        String userName,
        String firstName,
        String lastName,
        String email,
        long userID,
        String technician,
        String techFirstName,
        String techLastName,
        Long assignedToUserID,
        String dueDate,
        String resolvedDate,
        String startDate,
        String lastUpdated,
        Long companyID,
        String companyName,
        Long sectionID,
        String origin,
        boolean hasChildren,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CustomFieldValue> customFields) {}
