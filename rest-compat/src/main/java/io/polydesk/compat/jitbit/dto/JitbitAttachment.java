package io.polydesk.compat.jitbit.dto;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An attachment of a ticket, one of its comments or an asset; {@code Url} downloads it. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitAttachment(
        long fileID,
        String fileName,
        long fileSize,
        String fileHash,
        Long commentID,
        Long issueID,
        long userID,
        Long assetID,
        boolean forTechsOnly,
        String url,
        String urlRelative) {}
