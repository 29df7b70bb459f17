package io.polydesk.api.graphql.sla;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.sla.BusinessHours;
import io.polydesk.domain.sla.BusinessHoursCommand;
import io.polydesk.domain.sla.BusinessHoursCommand.WindowSpec;
import io.polydesk.domain.sla.SlaPolicy;
import io.polydesk.domain.sla.SlaPolicyCommand;
import io.polydesk.domain.sla.SlaPolicyCommand.TargetSpec;
import io.polydesk.domain.ticket.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/** The SLA mutations' inputs and payloads, as {@code sla.graphqls} declares them. */
final class SlaInputs {

    private SlaInputs() {}

    record SlaTargetInput(String priority, Integer firstResponseMinutes, Integer resolutionMinutes) {
        TargetSpec toSpec() {
            return new TargetSpec(priority, firstResponseMinutes, resolutionMinutes);
        }
    }

    record CreateSlaPolicyInput(
            String name, String projectId, String companyId, String businessHoursId, List<SlaTargetInput> targets) {
        SlaPolicyCommand toCommand() {
            return SlaPolicyCommand.create(
                    name,
                    Ids.parse(projectId, "input.projectId"),
                    Ids.parse(companyId, "input.companyId"),
                    Ids.parse(businessHoursId, "input.businessHoursId"),
                    specs(targets));
        }
    }

    record UpdateSlaPolicyInput(
            String id,
            ArgumentValue<String> name,
            ArgumentValue<String> projectId,
            ArgumentValue<String> companyId,
            ArgumentValue<String> businessHoursId,
            ArgumentValue<List<SlaTargetInput>> targets) {
        SlaPolicyCommand toCommand() {
            return new SlaPolicyCommand(
                    Changes.of(name),
                    Changes.of(projectId, raw -> Ids.parse(raw, "input.projectId")),
                    Changes.of(companyId, raw -> Ids.parse(raw, "input.companyId")),
                    Changes.of(businessHoursId, raw -> Ids.parse(raw, "input.businessHoursId")),
                    Changes.of(targets, SlaInputs::specs));
        }
    }

    record IdInput(String id) {}

    record BusinessWindowInput(String day, String start, String end) {
        WindowSpec toSpec() {
            return new WindowSpec(day, start, end);
        }
    }

    record CreateBusinessHoursInput(
            String name, String timeZone, List<BusinessWindowInput> windows, List<LocalDate> holidays) {
        BusinessHoursCommand toCommand() {
            return BusinessHoursCommand.create(name, timeZone, SlaInputs.windows(windows), holidays);
        }
    }

    record UpdateBusinessHoursInput(
            String id,
            ArgumentValue<String> name,
            ArgumentValue<String> timeZone,
            ArgumentValue<List<BusinessWindowInput>> windows,
            ArgumentValue<List<LocalDate>> holidays) {
        BusinessHoursCommand toCommand() {
            Change<List<LocalDate>> days = Changes.of(holidays, list -> list == null ? List.<LocalDate>of() : list);
            return new BusinessHoursCommand(
                    Changes.of(name), Changes.of(timeZone), Changes.of(windows, SlaInputs::windows), days);
        }
    }

    record SnoozeTicketInput(String id, Instant until, Integer lockVersion) {}

    record SlaPolicyPayload(SlaPolicy policy) {}

    record BusinessHoursPayload(BusinessHours businessHours) {}

    record SnoozeTicketPayload(Ticket ticket) {}

    private static List<TargetSpec> specs(List<SlaTargetInput> targets) {
        return targets == null
                ? null
                : targets.stream().map(t -> t == null ? null : t.toSpec()).toList();
    }

    private static List<WindowSpec> windows(List<BusinessWindowInput> windows) {
        return windows == null
                ? null
                : windows.stream().map(w -> w == null ? null : w.toSpec()).toList();
    }
}
