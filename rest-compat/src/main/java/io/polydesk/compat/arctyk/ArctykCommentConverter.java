package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.CommentCreated;
import io.polydesk.compat.arctyk.dto.CommentEdited;
import io.polydesk.compat.arctyk.dto.CommentItem;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.domain.user.User;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Comments into Arctyk's list, create and edit shapes; the author is an object in lists, a string on create. */
@Mapper(config = CompatMapperConfig.class, uses = ArctykUserConverter.class)
interface ArctykCommentConverter extends ArctykFormats {

    String PUBLIC = "public";
    String INTERNAL = "internal";

    @Mapping(target = "id", source = "comment.id")
    @Mapping(target = "ticket", source = "comment.ticketId")
    @Mapping(target = "author", source = "author")
    @Mapping(target = "content", source = "comment.content")
    @Mapping(target = "commentType", source = "comment.internal", qualifiedByName = "commentType")
    @Mapping(target = "createdAt", source = "comment.createdAt")
    @Mapping(target = "updatedAt", source = "comment.updatedAt")
    @Mapping(target = "editCount", source = "comment.editCount")
    CommentItem toItem(Comment comment, User author);

    @Mapping(target = "id", source = "comment.id")
    @Mapping(target = "ticket", source = "comment.ticketId")
    @Mapping(target = "author", source = "author.email")
    @Mapping(target = "content", source = "comment.content")
    @Mapping(target = "commentType", source = "comment.internal", qualifiedByName = "commentType")
    @Mapping(target = "createdAt", source = "comment.createdAt")
    CommentCreated toCreated(Comment comment, User author);

    @Mapping(target = "id", source = "comment.id")
    @Mapping(target = "content", source = "comment.content")
    @Mapping(target = "updatedAt", source = "comment.updatedAt")
    @Mapping(target = "editCount", source = "comment.editCount")
    @Mapping(target = "editHistory", source = "edits")
    CommentEdited toEdited(Comment comment, List<CommentEdit> edits);

    CommentEdited.EditEntry toEditEntry(CommentEdit edit);

    @Named("commentType")
    default String commentType(boolean internal) {
        return internal ? INTERNAL : PUBLIC;
    }
}
