package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.compat.ticketingv1.TicketingTicketView.AuthoredComment;
import io.polydesk.compat.ticketingv1.dto.AttachmentItem;
import io.polydesk.compat.ticketingv1.dto.CommentCreated;
import io.polydesk.compat.ticketingv1.dto.CommentItem;
import io.polydesk.compat.ticketingv1.dto.PersonRef;
import io.polydesk.compat.ticketingv1.dto.TicketDetail;
import io.polydesk.compat.ticketingv1.dto.TicketItem;
import io.polydesk.compat.ticketingv1.dto.TicketWritten;
import io.polydesk.compat.ticketingv1.dto.UserItem;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.user.User;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Polydesk's tickets, comments, files and users in the document's shapes: string ids, UTC seconds with {@code Z}. */
@Mapper(config = CompatMapperConfig.class)
interface TicketingConverter {

    @Mapping(target = "name", expression = "java(user.fullName())")
    PersonRef toPerson(User user);

    @FromTicketView
    TicketItem toItem(TicketingTicketView view);

    @FromTicketView
    TicketWritten toWritten(TicketingTicketView view);

    @FromTicketView
    TicketDetail toDetail(TicketingTicketView view);

    @Mapping(target = "id", source = "comment.id")
    @Mapping(target = "content", source = "comment.content")
    @Mapping(target = "createdAt", source = "comment.createdAt")
    @Mapping(target = "createdBy", source = "author")
    @Mapping(target = "internal", source = "comment.internal")
    CommentItem toCommentItem(AuthoredComment comment);

    @Mapping(target = "id", source = "comment.id")
    @Mapping(target = "content", source = "comment.content")
    @Mapping(target = "createdAt", source = "comment.createdAt")
    @Mapping(target = "createdBy", source = "author")
    @Mapping(target = "internal", source = "comment.internal")
    @Mapping(target = "attachments", source = "files")
    CommentCreated toCreated(Comment comment, User author, List<Attachment> files);

    @Mapping(target = "filename", source = "fileName")
    @Mapping(target = "mimeType", source = "contentType")
    @Mapping(target = "url", source = "id", qualifiedByName = "downloadUrl")
    AttachmentItem toAttachment(Attachment attachment);

    @Mapping(target = "name", expression = "java(user.fullName())")
    @Mapping(target = "role", expression = "java(TicketingVocabulary.role(user.role()))")
    @Mapping(target = "status", expression = "java(user.active() ? \"active\" : \"inactive\")")
    @Mapping(target = "lastLoginAt", ignore = true)
    UserItem toUser(User user);

    default String timestamp(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Absolute, as the document's file URLs are: Polydesk's download endpoint on the host the client called. */
    @Named("downloadUrl")
    default String downloadUrl(long attachmentId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/attachments/{id}")
                .buildAndExpand(attachmentId)
                .toUriString();
    }
}
