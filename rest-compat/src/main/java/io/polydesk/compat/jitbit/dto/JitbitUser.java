package io.polydesk.compat.jitbit.dto;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Jitbit's User object ({@code /api/User}, {@code /api/Users}, {@code /api/Authorization}); Password is always null. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record JitbitUser(
        long userID,
        String username,
        String email,
        String firstName,
        String lastName,
        String fullName,
        String fullNameAndLogin,
        boolean isAdmin,
        boolean isTech,
        boolean isManager,
        boolean disabled,
        String notes,
        String location,
        String phone,
        String companyName,
        Long companyId,
        String departmentName,
        Long departmentID,
        String lang,
        String avatarURL,
        String signature,
        String greeting,
        boolean sendEmail,
        String lastSeen,
        boolean twoFactorAuthEnabled,
        String password) {}
