package io.polydesk.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaCatalogTest {

    private static final long HIGH = 40;
    private static final long LOW = 20;
    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static SlaPolicy policy(long id, Long project, Long company, boolean archived, long... priorities) {
        List<SlaTarget> targets = java.util.Arrays.stream(priorities)
                .mapToObj(p -> new SlaTarget(p, 60, null))
                .toList();
        return new SlaPolicy(id, "p" + id, project, company, null, targets, archived, T, T);
    }

    private static SlaCatalog catalog(SlaPolicy... policies) {
        return new SlaCatalog(new SlaRepository() {
            @Override
            public List<SlaPolicy> listPolicies() {
                return List.of(policies);
            }

            @Override
            public List<BusinessHours> listBusinessHours() {
                return List.of();
            }

            @Override
            public long insertBusinessHours(BusinessHours hours) {
                throw new IllegalStateException("read only");
            }

            @Override
            public void updateBusinessHours(BusinessHours hours) {
                throw new IllegalStateException("read only");
            }

            @Override
            public Optional<BusinessHours> findBusinessHours(long id) {
                return Optional.empty();
            }

            @Override
            public long insertPolicy(SlaPolicy policy) {
                throw new IllegalStateException("read only");
            }

            @Override
            public void updatePolicy(SlaPolicy policy) {
                throw new IllegalStateException("read only");
            }

            @Override
            public Optional<SlaPolicy> findPolicy(long id) {
                return Optional.empty();
            }
        });
    }

    private static Long chosen(SlaCatalog catalog, Long project, Long company, long priority) {
        return catalog.choose(project, company, priority).map(SlaPolicy::id).orElse(null);
    }

    @Test
    void theMostSpecificCoveringPolicyWins() {
        SlaCatalog catalog = catalog(
                policy(1, null, null, false, HIGH, LOW),
                policy(2, null, 7L, false, HIGH),
                policy(3, 5L, null, false, HIGH),
                policy(4, 5L, 7L, false, HIGH));
        assertThat(chosen(catalog, 5L, 7L, HIGH)).isEqualTo(4);
        assertThat(chosen(catalog, 5L, 8L, HIGH)).isEqualTo(3);
        assertThat(chosen(catalog, 6L, 7L, HIGH)).isEqualTo(2);
        assertThat(chosen(catalog, 6L, null, HIGH)).isEqualTo(1);
        assertThat(chosen(catalog, null, null, HIGH)).isEqualTo(1);
    }

    @Test
    void aPolicyWithoutATargetForThePriorityOrArchivedIsPassedOver() {
        SlaCatalog catalog = catalog(policy(1, null, null, false, LOW), policy(2, 5L, null, false, HIGH));
        assertThat(chosen(catalog, 5L, null, LOW)).isEqualTo(1);
        assertThat(chosen(catalog, 6L, null, HIGH)).isNull();
        SlaCatalog archived = catalog(policy(1, null, null, false, HIGH), policy(2, 5L, null, true, HIGH));
        assertThat(chosen(archived, 5L, null, HIGH)).isEqualTo(1);
        assertThat(archived.anyLivePolicy()).isTrue();
        assertThat(catalog(policy(2, 5L, null, true, HIGH)).anyLivePolicy()).isFalse();
    }
}
