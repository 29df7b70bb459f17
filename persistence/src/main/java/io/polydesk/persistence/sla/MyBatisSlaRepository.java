package io.polydesk.persistence.sla;

import io.polydesk.domain.sla.BusinessHours;
import io.polydesk.domain.sla.BusinessWindow;
import io.polydesk.domain.sla.SlaPolicy;
import io.polydesk.domain.sla.SlaRepository;
import io.polydesk.domain.sla.SlaTarget;
import io.polydesk.persistence.sla.SlaMapper.HolidayRow;
import io.polydesk.persistence.sla.SlaMapper.HoursRow;
import io.polydesk.persistence.sla.SlaMapper.PolicyRow;
import io.polydesk.persistence.sla.SlaMapper.TargetRow;
import io.polydesk.persistence.sla.SlaMapper.WindowRow;
import io.polydesk.persistence.support.GeneratedId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;

/**
 * Policies in {@code sla_policies} with their {@code sla_targets}; business hours in {@code business_hours} with
 * their windows (minutes of the day, ISO weekday numbers) and holidays. Children are replaced whole on update.
 */
@Repository
public class MyBatisSlaRepository implements SlaRepository {

    private final SlaMapper mapper;

    public MyBatisSlaRepository(SlaMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insertBusinessHours(BusinessHours hours) {
        GeneratedId key = new GeneratedId();
        mapper.insertHours(hoursRow(hours), key);
        writeChildren(key.value(), hours);
        return key.value();
    }

    @Override
    public void updateBusinessHours(BusinessHours hours) {
        mapper.updateHours(hoursRow(hours));
        mapper.deleteWindows(hours.id());
        mapper.deleteHolidays(hours.id());
        writeChildren(hours.id(), hours);
    }

    @Override
    public Optional<BusinessHours> findBusinessHours(long id) {
        return readHours(id).stream().findFirst();
    }

    @Override
    public List<BusinessHours> listBusinessHours() {
        return readHours(null);
    }

    @Override
    public long insertPolicy(SlaPolicy policy) {
        GeneratedId key = new GeneratedId();
        mapper.insertPolicy(policyRow(policy), key);
        writeTargets(key.value(), policy.targets());
        return key.value();
    }

    @Override
    public void updatePolicy(SlaPolicy policy) {
        mapper.updatePolicy(policyRow(policy));
        mapper.deleteTargets(policy.id());
        writeTargets(policy.id(), policy.targets());
    }

    @Override
    public Optional<SlaPolicy> findPolicy(long id) {
        return readPolicies(id).stream().findFirst();
    }

    @Override
    public List<SlaPolicy> listPolicies() {
        return readPolicies(null);
    }

    private void writeChildren(long id, BusinessHours hours) {
        if (!hours.windows().isEmpty()) {
            mapper.insertWindows(hours.windows().stream()
                    .map(w -> new WindowRow(
                            id,
                            w.day().getValue(),
                            w.start().toSecondOfDay() / 60,
                            w.end().toSecondOfDay() / 60))
                    .toList());
        }
        if (!hours.holidays().isEmpty()) {
            mapper.insertHolidays(hours.holidays().stream()
                    .sorted()
                    .map(d -> new HolidayRow(id, d))
                    .toList());
        }
    }

    private void writeTargets(long policyId, List<SlaTarget> targets) {
        if (!targets.isEmpty()) {
            mapper.insertTargets(targets.stream()
                    .map(t -> new TargetRow(policyId, t.priorityId(), t.firstResponseMinutes(), t.resolutionMinutes()))
                    .toList());
        }
    }

    private List<BusinessHours> readHours(Long id) {
        List<HoursRow> rows = mapper.hours(id);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BusinessWindow>> windows = mapper.windows(id).stream()
                .collect(Collectors.groupingBy(
                        WindowRow::businessHoursId,
                        Collectors.mapping(
                                w -> new BusinessWindow(
                                        DayOfWeek.of(w.dayOfWeek()),
                                        LocalTime.ofSecondOfDay(w.startMinute() * 60L),
                                        LocalTime.ofSecondOfDay(w.endMinute() * 60L)),
                                Collectors.toList())));
        Map<Long, Set<LocalDate>> holidays = mapper.holidays(id).stream()
                .collect(Collectors.groupingBy(
                        HolidayRow::businessHoursId, Collectors.mapping(HolidayRow::holiday, Collectors.toSet())));
        return rows.stream()
                .map(r -> new BusinessHours(
                        r.id(),
                        r.name(),
                        ZoneId.of(r.timeZone()),
                        windows.getOrDefault(r.id(), List.of()),
                        holidays.getOrDefault(r.id(), Set.of()),
                        r.archived(),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }

    private List<SlaPolicy> readPolicies(Long id) {
        List<PolicyRow> rows = mapper.policies(id);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SlaTarget>> targets = mapper.targets(id).stream()
                .collect(Collectors.groupingBy(
                        TargetRow::policyId,
                        Collectors.mapping(
                                t -> new SlaTarget(t.priorityId(), t.firstResponseMinutes(), t.resolutionMinutes()),
                                Collectors.toList())));
        return rows.stream()
                .map(r -> new SlaPolicy(
                        r.id(),
                        r.name(),
                        r.projectId(),
                        r.companyId(),
                        r.businessHoursId(),
                        targets.getOrDefault(r.id(), List.of()),
                        r.archived(),
                        r.createdAt(),
                        r.updatedAt()))
                .toList();
    }

    private static HoursRow hoursRow(BusinessHours h) {
        return new HoursRow(h.id(), h.name(), h.zone().getId(), h.archived(), h.createdAt(), h.updatedAt());
    }

    private static PolicyRow policyRow(SlaPolicy p) {
        return new PolicyRow(
                p.id(),
                p.name(),
                p.projectId(),
                p.companyId(),
                p.businessHoursId(),
                p.archived(),
                p.createdAt(),
                p.updatedAt());
    }
}
