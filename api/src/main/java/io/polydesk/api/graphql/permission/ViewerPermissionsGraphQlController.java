package io.polydesk.api.graphql.permission;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetPolicy;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentPolicy;
import io.polydesk.domain.knowledge.Article;
import io.polydesk.domain.knowledge.ArticlePolicy;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketPermissions;
import io.polydesk.domain.ticket.TicketPolicy;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code viewerCan*}: what the caller may do with an object, from the domain policy the mutations enforce. The
 * rules are pure functions of the caller and the object already loaded, so a page of any size costs no query.
 */
@Controller
class ViewerPermissionsGraphQlController {

    @SchemaMapping(typeName = "Ticket", field = "viewerCanUpdate")
    boolean ticketUpdate(Ticket ticket, GraphQLContext context) {
        return permissions(ticket, context).update();
    }

    @SchemaMapping(typeName = "Ticket", field = "viewerCanComment")
    boolean ticketComment(Ticket ticket, GraphQLContext context) {
        return permissions(ticket, context).comment();
    }

    @SchemaMapping(typeName = "Ticket", field = "viewerCanAssign")
    boolean ticketAssign(Ticket ticket, GraphQLContext context) {
        return permissions(ticket, context).assign();
    }

    @SchemaMapping(typeName = "Ticket", field = "viewerCanDelete")
    boolean ticketDelete(Ticket ticket, GraphQLContext context) {
        return permissions(ticket, context).delete();
    }

    @SchemaMapping(typeName = "Comment", field = "viewerCanUpdate")
    boolean commentUpdate(Comment comment, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return actor != null && CommentPolicy.canChange(actor, comment);
    }

    @SchemaMapping(typeName = "Comment", field = "viewerCanDelete")
    boolean commentDelete(Comment comment, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return actor != null && CommentPolicy.canChange(actor, comment);
    }

    @SchemaMapping(typeName = "Asset", field = "viewerCanUpdate")
    boolean assetUpdate(Asset asset, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return actor != null && AssetPolicy.permissions(actor, asset).update();
    }

    @SchemaMapping(typeName = "Asset", field = "viewerCanArchive")
    boolean assetArchive(Asset asset, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return actor != null && AssetPolicy.permissions(actor, asset).archive();
    }

    @SchemaMapping(typeName = "Article", field = "viewerCanUpdate")
    boolean articleUpdate(Article article, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return actor != null && ArticlePolicy.canUpdate(actor, article);
    }

    @SchemaMapping(typeName = "Article", field = "viewerCanArchive")
    boolean articleArchive(Article article, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return actor != null && ArticlePolicy.canArchive(actor, article);
    }

    private static TicketPermissions permissions(Ticket ticket, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return actor == null
                ? new TicketPermissions(false, false, false, false)
                : TicketPolicy.permissions(actor, ticket);
    }
}
