package io.polydesk.domain.sla;

import java.util.List;
import java.util.Optional;

/** Where SLA policies and business hours are kept. */
public interface SlaRepository {

    long insertBusinessHours(BusinessHours hours);

    /** Writes name, zone, archived and updated-at, and replaces the windows and holidays. */
    void updateBusinessHours(BusinessHours hours);

    Optional<BusinessHours> findBusinessHours(long id);

    /** Every schedule with its windows and holidays, archived ones included, by name. */
    List<BusinessHours> listBusinessHours();

    long insertPolicy(SlaPolicy policy);

    /** Writes every field and replaces the targets. */
    void updatePolicy(SlaPolicy policy);

    Optional<SlaPolicy> findPolicy(long id);

    /** Every policy with its targets, archived ones included, by name. */
    List<SlaPolicy> listPolicies();
}
