package io.polydesk.domain.sla;

import io.polydesk.domain.shared.Change;
import java.util.List;

/** What an administrator sets on a policy; on update each field is kept unless given. */
public record SlaPolicyCommand(
        Change<String> name,
        Change<Long> projectId,
        Change<Long> companyId,
        Change<Long> businessHoursId,
        Change<List<TargetSpec>> targets) {

    /** One priority's targets as given: a priority key and minutes. */
    public record TargetSpec(String priority, Integer firstResponseMinutes, Integer resolutionMinutes) {}

    public static SlaPolicyCommand create(
            String name, Long projectId, Long companyId, Long businessHoursId, List<TargetSpec> targets) {
        return new SlaPolicyCommand(
                Change.to(name),
                Change.to(projectId),
                Change.to(companyId),
                Change.to(businessHoursId),
                Change.to(targets));
    }
}
