package io.polydesk.compat.jitbit.dto;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A ticket category: a Polydesk project. Polydesk has no sections, so {@code SectionID} and {@code Section} are null. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitCategory(
        long categoryID,
        String name,
        Long sectionID,
        String section,
        String nameWithSection,
        boolean forTechsOnly,
        String fromAddress) {}
