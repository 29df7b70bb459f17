package io.polydesk.compat.jitbit.dto;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One element of {@code /api/Comments}; the author fields are null for comments Polydesk itself wrote. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitComment(
        long commentID,
        long issueID,
        Long userID,
        String userName,
        String firstName,
        String lastName,
        String email,
        String commentDate,
        String body,
        boolean forTechsOnly,
        boolean isSystem,
        List<JitbitAttachment> attachments) {}
