package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitComment;
import io.polydesk.compat.support.CompatMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Comments into Jitbit's Comment: {@code ForTechsOnly} is Polydesk's internal flag. */
@Mapper(config = CompatMapperConfig.class)
interface JitbitCommentConverter extends JitbitFormats {

    @Mapping(target = "commentID", source = "comment.id")
    @Mapping(target = "issueID", source = "comment.ticketId")
    @Mapping(target = "userID", source = "comment.authorId")
    @Mapping(target = "userName", source = "author.username")
    @Mapping(target = "firstName", source = "author.firstName")
    @Mapping(target = "lastName", source = "author.lastName")
    @Mapping(target = "email", source = "author.email")
    @Mapping(target = "commentDate", source = "comment.createdAt")
    @Mapping(target = "body", source = "comment.content")
    @Mapping(target = "forTechsOnly", source = "comment.internal")
    @Mapping(target = "isSystem", source = "comment.system")
    @Mapping(target = "attachments", source = "attachments")
    JitbitComment toComment(JitbitCommentView view);
}
