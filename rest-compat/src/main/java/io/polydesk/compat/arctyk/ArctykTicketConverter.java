package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.AttachmentItem;
import io.polydesk.compat.arctyk.dto.ProjectRef;
import io.polydesk.compat.arctyk.dto.TicketCreated;
import io.polydesk.compat.arctyk.dto.TicketDetail;
import io.polydesk.compat.arctyk.dto.TicketListItem;
import io.polydesk.compat.arctyk.dto.TicketUpdated;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.user.User;
import io.polydesk.domain.workflow.StatusCategory;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Tickets into Arctyk's four ticket shapes: list row, detail, create and update answers. */
@Mapper(config = CompatMapperConfig.class, uses = ArctykUserConverter.class)
interface ArctykTicketConverter extends ArctykFormats {

    @Mapping(target = "id", source = "ticket.id")
    @Mapping(target = "ticketNumber", source = "ticket.number")
    @Mapping(target = "title", source = "ticket.title")
    @Mapping(target = "description", source = "ticket.description")
    @Mapping(target = "status", source = "status.key", qualifiedByName = "statusSlug")
    @Mapping(target = "priority", source = "priority.key", qualifiedByName = "prioritySlug")
    @Mapping(target = "requester", source = "requester", qualifiedByName = "signInName")
    @Mapping(target = "assignedTo", source = "assignee", qualifiedByName = "signInName")
    @Mapping(target = "createdAt", source = "ticket.createdAt")
    @Mapping(target = "updatedAt", source = "ticket.updatedAt")
    TicketListItem toListItem(ArctykTicketView view);

    /** Arctyk names people by the e-mail they sign in with; where the caller may not see it, by username. */
    @Named("signInName")
    default String signInName(User user) {
        return user == null ? null : user.email() != null ? user.email() : user.username();
    }

    @Mapping(target = "id", source = "ticket.id")
    @Mapping(target = "ticketNumber", source = "ticket.number")
    @Mapping(target = "title", source = "ticket.title")
    @Mapping(target = "description", source = "ticket.description")
    @Mapping(target = "status", source = "status.key", qualifiedByName = "statusSlug")
    @Mapping(target = "statusCategory", source = "status.category")
    @Mapping(target = "priority", source = "priority.key", qualifiedByName = "prioritySlug")
    @Mapping(target = "requester", source = "requester")
    @Mapping(target = "assignedTo", source = "assignee")
    @Mapping(target = "project", source = "project")
    @Mapping(target = "createdAt", source = "ticket.createdAt")
    @Mapping(target = "updatedAt", source = "ticket.updatedAt")
    @Mapping(target = "dueDate", source = "ticket.dueDate")
    @Mapping(target = "commentsCount", source = "commentsCount")
    @Mapping(target = "attachments", source = "attachments")
    TicketDetail toDetail(ArctykTicketView view);

    @Mapping(target = "filename", source = "fileName")
    @Mapping(target = "url", source = "id", qualifiedByName = "downloadUrl")
    AttachmentItem toAttachmentItem(Attachment attachment);

    @Mapping(target = "id", source = "ticket.id")
    @Mapping(target = "ticketNumber", source = "ticket.number")
    @Mapping(target = "title", source = "ticket.title")
    @Mapping(target = "status", source = "status.key", qualifiedByName = "statusSlug")
    @Mapping(target = "priority", source = "priority.key", qualifiedByName = "prioritySlug")
    @Mapping(target = "createdAt", source = "ticket.createdAt")
    TicketCreated toCreated(ArctykTicketView view);

    @Mapping(target = "id", source = "ticket.id")
    @Mapping(target = "ticketNumber", source = "ticket.number")
    @Mapping(target = "title", source = "ticket.title")
    @Mapping(target = "status", source = "status.key", qualifiedByName = "statusSlug")
    @Mapping(target = "priority", source = "priority.key", qualifiedByName = "prioritySlug")
    @Mapping(target = "updatedAt", source = "ticket.updatedAt")
    TicketUpdated toUpdated(ArctykTicketView view);

    ProjectRef toProjectRef(Project project);

    /** The download endpoint, outside the dialect's base path; relative, as Arctyk's paging links are. */
    @Named("downloadUrl")
    default String downloadUrl(long attachmentId) {
        return "/attachments/" + attachmentId;
    }

    @Named("statusSlug")
    default String statusSlug(String polydeskKey) {
        return polydeskKey == null ? null : ArctykVocabulary.status(polydeskKey);
    }

    @Named("prioritySlug")
    default String prioritySlug(String polydeskKey) {
        return polydeskKey == null ? null : ArctykVocabulary.priority(polydeskKey);
    }

    /** {@code todo}, {@code in_progress}, {@code done}: Arctyk's category slugs are Polydesk's category names. */
    default String statusCategory(StatusCategory category) {
        return category == null ? null : category.name().toLowerCase(Locale.ROOT);
    }
}
