package io.polydesk.domain.organisation;

import java.time.Instant;
import java.util.List;

/**
 * A customer organisation. {@code emailDomains} lets a dialect match a new requester to their company by the
 * domain of their address (Jitbit's {@code emailDomains}).
 */
public record Company(
        long id,
        String name,
        String notes,
        List<String> emailDomains,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    public Company {
        emailDomains = emailDomains == null ? List.of() : List.copyOf(emailDomains);
    }
}
