package io.polydesk.api.graphql.attachment;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Attachments as fields of tickets, comments and assets, one query per response level, and the fields of an
 * attachment. Parents reached here were already shown to the caller; the internal-comment rule is applied
 * again in the query.
 */
@Controller
class AttachmentFieldsGraphQlController {

    static final String DOWNLOAD_PATH = "/attachments/";

    private final AttachmentQueries attachments;
    private final UserQueries users;

    AttachmentFieldsGraphQlController(AttachmentQueries attachments, UserQueries users) {
        this.attachments = attachments;
        this.users = users;
    }

    @BatchMapping(typeName = "Ticket", field = "attachments")
    Map<Ticket, List<Attachment>> ticketAttachments(List<Ticket> tickets, GraphQLContext context) {
        Map<Long, List<Attachment>> loaded =
                attachments.ofTickets(CurrentActor.from(context), Batches.ids(tickets, Ticket::id));
        Map<Ticket, List<Attachment>> result = new HashMap<>();
        tickets.forEach(t -> result.put(t, loaded.getOrDefault(t.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Comment", field = "attachments")
    Map<Comment, List<Attachment>> commentAttachments(List<Comment> comments, GraphQLContext context) {
        Map<Long, List<Attachment>> loaded =
                attachments.ofComments(CurrentActor.from(context), Batches.ids(comments, Comment::id));
        Map<Comment, List<Attachment>> result = new HashMap<>();
        comments.forEach(c -> result.put(c, loaded.getOrDefault(c.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Asset", field = "attachments")
    Map<Asset, List<Attachment>> assetAttachments(List<Asset> assets, GraphQLContext context) {
        Map<Long, List<Attachment>> loaded =
                attachments.ofAssets(CurrentActor.from(context), Batches.ids(assets, Asset::id));
        Map<Asset, List<Attachment>> result = new HashMap<>();
        assets.forEach(a -> result.put(a, loaded.getOrDefault(a.id(), List.of())));
        return result;
    }

    @BatchMapping
    Map<Attachment, User> uploadedBy(List<Attachment> batch) {
        return Batches.byKey(batch, Attachment::uploadedBy, users::byIds);
    }

    @SchemaMapping
    String downloadUrl(Attachment attachment) {
        return DOWNLOAD_PATH + attachment.id();
    }
}
