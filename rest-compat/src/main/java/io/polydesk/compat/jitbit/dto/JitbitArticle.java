package io.polydesk.compat.jitbit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A knowledge-base article; {@code Body} only in {@code /api/Article/<id>}, not in the {@code /api/Articles} list. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitArticle(
        long articleID,
        String subject,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        Long categoryID,
        boolean forTechsOnly,
        String dateCreated,
        String lastUpdated) {}
