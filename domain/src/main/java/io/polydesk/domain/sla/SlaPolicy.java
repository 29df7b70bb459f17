package io.polydesk.domain.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Response and resolution targets per priority, for every ticket or only those of a project and/or a company,
 * counted in {@code businessHoursId}'s working time (round the clock when null).
 */
public record SlaPolicy(
        long id,
        String name,
        Long projectId,
        Long companyId,
        Long businessHoursId,
        List<SlaTarget> targets,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    public SlaPolicy {
        targets = List.copyOf(targets);
    }

    /** Whether the policy's scope covers a ticket of this project and company. */
    public boolean covers(Long ticketProjectId, Long ticketCompanyId) {
        return (projectId == null || projectId.equals(ticketProjectId))
                && (companyId == null || companyId.equals(ticketCompanyId));
    }

    /** 3 for project and company, 2 for a project, 1 for a company, 0 for every ticket. */
    public int specificity() {
        return (projectId != null ? 2 : 0) + (companyId != null ? 1 : 0);
    }

    public boolean sameScope(Long otherProjectId, Long otherCompanyId) {
        return Objects.equals(projectId, otherProjectId) && Objects.equals(companyId, otherCompanyId);
    }

    public Optional<SlaTarget> target(long priorityId) {
        return targets.stream().filter(t -> t.priorityId() == priorityId).findFirst();
    }
}
