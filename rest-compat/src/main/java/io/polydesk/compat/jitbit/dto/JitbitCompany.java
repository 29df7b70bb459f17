package io.polydesk.compat.jitbit.dto;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A company; {@code EmailDomain} lists its domains separated by {@code ;}, as {@code Company} takes them. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitCompany(long companyID, String name, String emailDomain, String notes, boolean disabled) {}
