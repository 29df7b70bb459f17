package io.polydesk.persistence.merge;

import io.polydesk.domain.merge.MergedTicket;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The bulk updates of ticket and user merges; statements live in {@code MergeMapper.xml}. */
@Mapper
public interface MergeMapper {

    Long mergedInto(@Param("ticketId") long ticketId);

    List<MergedTicket> mergedIntoOf(@Param("ticketIds") Collection<Long> ticketIds);

    int markMerged(@Param("source") long source, @Param("target") long target);

    int moveComments(@Param("source") long source, @Param("target") long target);

    int moveCommentsAsInternal(@Param("source") long source, @Param("target") long target);

    int moveSubTickets(@Param("source") long source, @Param("target") long target);

    int moveRequester(@Param("source") long source, @Param("target") long target);

    int moveAssignee(@Param("source") long source, @Param("target") long target);

    int moveCommentAuthor(@Param("source") long source, @Param("target") long target);

    int moveTaskAgent(@Param("source") long source, @Param("target") long target);

    int moveTimeEntryAgent(@Param("source") long source, @Param("target") long target);

    int moveHistoryActor(@Param("source") long source, @Param("target") long target);

    int moveCommentEditor(@Param("source") long source, @Param("target") long target);

    int moveLinkCreator(@Param("source") long source, @Param("target") long target);

    int moveTemplateAuthor(@Param("source") long source, @Param("target") long target);

    int moveWebhookCreator(@Param("source") long source, @Param("target") long target);

    int moveArticleAuthor(@Param("source") long source, @Param("target") long target);

    int moveUploader(@Param("source") long source, @Param("target") long target);

    int moveSavedSearches(@Param("source") long source, @Param("target") long target);

    long countStaffWork(@Param("userId") long userId);
}
