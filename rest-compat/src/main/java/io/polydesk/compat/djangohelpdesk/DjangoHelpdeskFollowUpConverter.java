package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.djangohelpdesk.dto.FollowUpAttachmentBody;
import io.polydesk.compat.djangohelpdesk.dto.FollowUpBody;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.attachment.Attachment;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Comments and their files into django-helpdesk's FollowUp and FollowUpAttachment shapes. */
@Mapper(config = CompatMapperConfig.class)
interface DjangoHelpdeskFollowUpConverter {

    /** DRF's DateTimeField with {@code USE_TZ}: UTC, microseconds, {@code Z}. */
    DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Mapping(target = "id", source = "comment.id")
    @Mapping(target = "ticket", source = "comment.ticketId")
    @Mapping(target = "user", source = "comment.authorId")
    @Mapping(target = "comment", source = "comment.content")
    @Mapping(target = "isPublic", expression = "java(!view.comment().internal())")
    @Mapping(target = "followupattachmentSet", source = "attachments")
    @Mapping(target = "date", source = "comment.createdAt")
    @Mapping(target = "messageId", ignore = true)
    FollowUpBody toFollowUp(FollowUpView view, @Context DownloadLinks links);

    @Mapping(target = "followup", expression = "java(attachment.commentId())")
    @Mapping(target = "file", expression = "java(links.of(attachment))")
    @Mapping(target = "filename", source = "fileName")
    @Mapping(target = "mimeType", source = "contentType")
    FollowUpAttachmentBody toAttachment(Attachment attachment, @Context DownloadLinks links);

    default String timestamp(Instant at) {
        return at == null ? null : TIMESTAMP.format(at);
    }
}
