package io.polydesk.compat.jitbit.dto;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A department, with the company it belongs to when it belongs to one. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitDepartment(long departmentID, String name, Long companyID) {}
