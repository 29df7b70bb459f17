package io.polydesk.api.graphql.sla;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.sla.SlaInputs.BusinessHoursPayload;
import io.polydesk.api.graphql.sla.SlaInputs.CreateBusinessHoursInput;
import io.polydesk.api.graphql.sla.SlaInputs.CreateSlaPolicyInput;
import io.polydesk.api.graphql.sla.SlaInputs.IdInput;
import io.polydesk.api.graphql.sla.SlaInputs.SlaPolicyPayload;
import io.polydesk.api.graphql.sla.SlaInputs.SnoozeTicketInput;
import io.polydesk.api.graphql.sla.SlaInputs.SnoozeTicketPayload;
import io.polydesk.api.graphql.sla.SlaInputs.UpdateBusinessHoursInput;
import io.polydesk.api.graphql.sla.SlaInputs.UpdateSlaPolicyInput;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.sla.BusinessHours;
import io.polydesk.domain.sla.BusinessWindow;
import io.polydesk.domain.sla.SlaAdministration;
import io.polydesk.domain.sla.SlaPolicy;
import io.polydesk.domain.sla.SlaTarget;
import io.polydesk.domain.sla.SlaTargetStatus;
import io.polydesk.domain.sla.TicketSla;
import io.polydesk.domain.sla.TicketSlaViews;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketSnoozes;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** SLA policies, business hours, a ticket's SLA and snoozing; every rule is the domain's. */
@Controller
class SlaGraphQlController {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final SlaAdministration admin;
    private final TicketSlaViews views;
    private final TicketSnoozes snoozes;
    private final Workflow workflow;
    private final ProjectService projects;
    private final OrganisationQueries organisations;

    SlaGraphQlController(
            SlaAdministration admin,
            TicketSlaViews views,
            TicketSnoozes snoozes,
            Workflow workflow,
            ProjectService projects,
            OrganisationQueries organisations) {
        this.admin = admin;
        this.views = views;
        this.snoozes = snoozes;
        this.workflow = workflow;
        this.projects = projects;
        this.organisations = organisations;
    }

    @QueryMapping
    List<SlaPolicy> slaPolicies(@Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return admin.listPolicies(actor, Boolean.TRUE.equals(includeArchived));
    }

    @QueryMapping
    List<BusinessHours> businessHours(@Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return admin.listBusinessHours(actor, Boolean.TRUE.equals(includeArchived));
    }

    @MutationMapping
    SlaPolicyPayload createSlaPolicy(@Argument CreateSlaPolicyInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new SlaPolicyPayload(admin.createPolicy(actor, input.toCommand()));
    }

    @MutationMapping
    SlaPolicyPayload updateSlaPolicy(@Argument UpdateSlaPolicyInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new SlaPolicyPayload(admin.updatePolicy(actor, Ids.require(input.id(), "input.id"), input.toCommand()));
    }

    @MutationMapping
    SlaPolicyPayload archiveSlaPolicy(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new SlaPolicyPayload(admin.archivePolicy(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    BusinessHoursPayload createBusinessHours(
            @Argument CreateBusinessHoursInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new BusinessHoursPayload(admin.createBusinessHours(actor, input.toCommand()));
    }

    @MutationMapping
    BusinessHoursPayload updateBusinessHours(
            @Argument UpdateBusinessHoursInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new BusinessHoursPayload(
                admin.updateBusinessHours(actor, Ids.require(input.id(), "input.id"), input.toCommand()));
    }

    @MutationMapping
    BusinessHoursPayload archiveBusinessHours(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new BusinessHoursPayload(admin.archiveBusinessHours(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    SnoozeTicketPayload snoozeTicket(@Argument SnoozeTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new SnoozeTicketPayload(snoozes.snooze(
                actor, Ids.require(input.id(), "input.id", "Ticket"), input.until(), input.lockVersion()));
    }

    @SchemaMapping(typeName = "Ticket", field = "sla")
    TicketSla ticketSla(Ticket ticket, GraphQLContext context) {
        return views.of(CurrentActor.from(context), ticket);
    }

    @SchemaMapping(typeName = "Ticket", field = "pendingUntil")
    Instant pendingUntil(Ticket ticket, GraphQLContext context) {
        return views.pendingUntil(CurrentActor.from(context), ticket);
    }

    @SchemaMapping(typeName = "TicketEvent", field = "slaTarget")
    Object slaTarget(DomainEvent event) {
        return event.type() == EventType.TICKET_SLA_BREACHED ? event.payload().get("target") : null;
    }

    @SchemaMapping(typeName = "TicketEvent", field = "slaDueAt")
    Instant slaDueAt(DomainEvent event) {
        Object due =
                event.type() == EventType.TICKET_SLA_BREACHED ? event.payload().get("dueAt") : null;
        return due == null || "null".equals(due) ? null : Instant.parse(due.toString());
    }

    @SchemaMapping(typeName = "SlaTargetStatus", field = "remainingMinutes")
    Integer remainingMinutes(SlaTargetStatus status) {
        return status.remaining() == null
                ? null
                : Math.toIntExact(status.remaining().toMinutes());
    }

    @SchemaMapping(typeName = "SlaPolicy", field = "businessHours")
    BusinessHours policyHours(SlaPolicy policy) {
        return views.businessHours(policy.businessHoursId()).orElse(null);
    }

    @SchemaMapping(typeName = "SlaPolicy", field = "project")
    Project policyProject(SlaPolicy policy, GraphQLContext context) {
        return policy.projectId() == null ? null : projects.get(CurrentActor.from(context), policy.projectId());
    }

    @BatchMapping(typeName = "SlaPolicy", field = "company")
    Map<SlaPolicy, Company> policyCompany(List<SlaPolicy> batch, GraphQLContext context) {
        List<Long> ids = batch.stream()
                .map(SlaPolicy::companyId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Company> companies =
                ids.isEmpty() ? Map.of() : organisations.companiesByIds(CurrentActor.from(context), ids);
        Map<SlaPolicy, Company> result = new HashMap<>();
        for (SlaPolicy policy : batch) {
            Company company = policy.companyId() == null ? null : companies.get(policy.companyId());
            if (company != null) {
                result.put(policy, company);
            }
        }
        return result;
    }

    @SchemaMapping(typeName = "SlaTarget", field = "priority")
    Priority targetPriority(SlaTarget target) {
        return workflow.priority(target.priorityId());
    }

    @SchemaMapping(typeName = "BusinessHours", field = "timeZone")
    String timeZone(BusinessHours hours) {
        return hours.zone().getId();
    }

    @SchemaMapping(typeName = "BusinessHours", field = "holidays")
    List<LocalDate> holidays(BusinessHours hours) {
        return hours.holidays().stream().sorted().toList();
    }

    @SchemaMapping(typeName = "BusinessWindow", field = "start")
    String windowStart(BusinessWindow window) {
        return window.start().format(HH_MM);
    }

    @SchemaMapping(typeName = "BusinessWindow", field = "end")
    String windowEnd(BusinessWindow window) {
        return window.end().format(HH_MM);
    }
}
