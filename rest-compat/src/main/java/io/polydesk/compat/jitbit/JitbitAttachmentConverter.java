package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitAttachment;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.OwnerKind;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Files into Jitbit's Attachment; {@code Url} is Polydesk's download endpoint, which takes the same credentials. */
@Mapper(config = CompatMapperConfig.class, imports = OwnerKind.class)
interface JitbitAttachmentConverter {

    @Mapping(target = "fileID", source = "id")
    @Mapping(target = "fileName", source = "fileName")
    @Mapping(target = "fileSize", source = "size")
    @Mapping(target = "fileHash", source = "sha256")
    @Mapping(target = "commentID", expression = "java(file.ownerKind() == OwnerKind.COMMENT ? file.ownerId() : null)")
    @Mapping(target = "issueID", source = "ticketId")
    @Mapping(target = "userID", source = "uploadedBy")
    @Mapping(target = "assetID", expression = "java(file.ownerKind() == OwnerKind.ASSET ? file.ownerId() : null)")
    @Mapping(target = "forTechsOnly", constant = "false")
    @Mapping(target = "url", expression = "java(\"/attachments/\" + file.id())")
    @Mapping(target = "urlRelative", expression = "java(\"/attachments/\" + file.id())")
    JitbitAttachment toAttachment(Attachment file);
}
