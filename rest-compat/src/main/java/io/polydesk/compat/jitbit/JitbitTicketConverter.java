package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitStats;
import io.polydesk.compat.jitbit.dto.TicketDetail;
import io.polydesk.compat.jitbit.dto.TicketSummary;
import io.polydesk.compat.jitbit.dto.TicketTag;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.stats.TicketOverview;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Tickets into Jitbit's list row and detail; Jitbit's CategoryID is the Polydesk project. */
@Mapper(config = CompatMapperConfig.class)
interface JitbitTicketConverter extends JitbitFormats {

    @Mapping(target = "issueID", source = "ticket.id")
    @Mapping(target = "ticketID", source = "ticket.id")
    @Mapping(target = "priority", source = "priority")
    @Mapping(target = "statusID", source = "statusId")
    @Mapping(target = "status", source = "statusName")
    @Mapping(target = "issueDate", source = "ticket.createdAt")
    @Mapping(target = "subject", source = "ticket.title")
    @Mapping(target = "updatedByUser", constant = "false")
    @Mapping(target = "updatedByPerformer", constant = "false")
    @Mapping(target = "updatedForTechView", constant = "false")
    @Mapping(target = "categoryID", source = "project.id")
    @Mapping(target = "category", source = "project.name")
    @Mapping(target = "userName", source = "requester.username")
    @Mapping(target = "firstName", source = "requester.firstName")
    @Mapping(target = "lastName", source = "requester.lastName")
    @Mapping(target = "email", source = "requester.email")
    @Mapping(target = "userID", source = "ticket.requesterId")
    @Mapping(target = "technician", source = "assignee.username")
    @Mapping(target = "techFirstName", source = "assignee.firstName")
    @Mapping(target = "techLastName", source = "assignee.lastName")
    @Mapping(target = "assignedToUserID", source = "ticket.assigneeId")
    @Mapping(target = "dueDate", source = "ticket.dueDate")
    @Mapping(target = "resolvedDate", source = "ticket.closedAt")
    @Mapping(target = "startDate", source = "ticket.createdAt")
    @Mapping(target = "lastUpdated", source = "ticket.updatedAt")
    @Mapping(target = "companyID", source = "company.id")
    @Mapping(target = "companyName", source = "company.name")
    @Mapping(target = "sectionID", ignore = true)
    @Mapping(target = "origin", source = "origin")
    @Mapping(target = "hasChildren", source = "hasChildren")
    @Mapping(target = "customFields", source = "customFields")
    TicketSummary toSummary(JitbitTicketView view);

    @Mapping(target = "ticketID", source = "ticket.id")
    @Mapping(target = "issueID", source = "ticket.id")
    @Mapping(target = "userID", source = "ticket.requesterId")
    @Mapping(target = "assignedToUserID", source = "ticket.assigneeId")
    @Mapping(target = "categoryID", source = "project.id")
    @Mapping(target = "categoryName", source = "project.name")
    @Mapping(target = "subject", source = "ticket.title")
    @Mapping(target = "body", source = "ticket.description")
    @Mapping(target = "priority", source = "priority")
    @Mapping(target = "statusID", source = "statusId")
    @Mapping(target = "status", source = "statusName")
    @Mapping(target = "issueDate", source = "ticket.createdAt")
    @Mapping(target = "dueDate", source = "ticket.dueDate")
    @Mapping(target = "startDate", source = "ticket.createdAt")
    @Mapping(target = "resolvedDate", source = "ticket.closedAt")
    @Mapping(target = "lastUpdated", source = "ticket.updatedAt")
    @Mapping(target = "timeSpentInSeconds", source = "timeSpentSeconds")
    @Mapping(target = "submitterUserInfo", source = "submitterInfo")
    @Mapping(target = "assigneeUserInfo", source = "assigneeInfo")
    @Mapping(target = "onBehalfUserName", ignore = true)
    @Mapping(target = "tags", source = "tags")
    @Mapping(target = "attachments", source = "attachments")
    @Mapping(target = "origin", source = "origin")
    @Mapping(target = "url", ignore = true)
    @Mapping(target = "updatedByUser", constant = "false")
    @Mapping(target = "updatedByPerformer", constant = "false")
    @Mapping(target = "updatedForTechView", constant = "false")
    @Mapping(target = "isCurrentUserTechInThisCategory", source = "callerIsTech")
    @Mapping(target = "isCurrentCategoryForTechsOnly", constant = "false")
    @Mapping(target = "submittedByCurrentUser", source = "submittedByCaller")
    @Mapping(target = "isInKb", constant = "false")
    TicketDetail toDetail(JitbitTicketView view);

    @Mapping(target = "tagID", source = "id")
    @Mapping(target = "name", source = "name")
    @Mapping(target = "tagCount", constant = "1")
    TicketTag toTag(Tag tag);

    /** Jitbit's Closed are the finished tickets, Unanswered those waiting for staff, Unclosed the unfinished. */
    @Mapping(target = "totalTickets", source = "total")
    @Mapping(target = "closed", source = "finished")
    @Mapping(target = "inProcess", source = "inProgress")
    @Mapping(target = "newTickets", source = "fresh")
    @Mapping(target = "unanswered", source = "waiting")
    @Mapping(target = "unclosed", source = "unfinished")
    JitbitStats toStats(TicketOverview overview);
}
