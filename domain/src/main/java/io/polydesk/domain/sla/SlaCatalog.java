package io.polydesk.domain.sla;

import io.polydesk.domain.shared.ReferenceCache;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Policies and business hours, held briefly ({@link ReferenceCache}) so that showing the SLA of a page of tickets
 * costs no round trip. Choosing a ticket's policy: among live policies that cover the ticket's project and
 * company and have a target for its priority, the most specific wins (project and company, then project, then
 * company, then every ticket); two live policies never share a scope, so there is no tie.
 */
@Component
public class SlaCatalog {

    private final SlaRepository repository;
    private final ReferenceCache<SlaPolicy> policies = new ReferenceCache<>(Clock.systemUTC());
    private final ReferenceCache<BusinessHours> hours = new ReferenceCache<>(Clock.systemUTC());

    public SlaCatalog(SlaRepository repository) {
        this.repository = repository;
    }

    public List<SlaPolicy> policies() {
        return policies.all(repository::listPolicies);
    }

    public List<BusinessHours> businessHours() {
        return hours.all(repository::listBusinessHours);
    }

    public boolean anyLivePolicy() {
        return policies().stream().anyMatch(p -> !p.archived());
    }

    /** The policy a ticket of this project, company and priority follows, if any. */
    public Optional<SlaPolicy> choose(Long projectId, Long companyId, long priorityId) {
        return policies().stream()
                .filter(p -> !p.archived() && p.covers(projectId, companyId))
                .filter(p -> p.target(priorityId).isPresent())
                .max(Comparator.comparingInt(SlaPolicy::specificity)
                        .thenComparing(Comparator.comparingLong(SlaPolicy::id).reversed()));
    }

    public Optional<SlaPolicy> policy(Long id) {
        return id == null
                ? Optional.empty()
                : policies().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The calendar a policy counts in: its business hours, or round the clock. */
    public BusinessCalendar calendar(SlaPolicy policy) {
        if (policy == null || policy.businessHoursId() == null) {
            return BusinessCalendar.ALWAYS;
        }
        return businessHours().stream()
                .filter(h -> h.id() == policy.businessHoursId())
                .findFirst()
                .map(BusinessCalendar::of)
                .orElse(BusinessCalendar.ALWAYS);
    }

    /** Forgets both lists, now and when the current transaction commits. */
    void forget() {
        policies.forget();
        hours.forget();
    }
}
