package io.polydesk.api.graphql.template;

import io.polydesk.api.graphql.comment.CommentPayload;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.template.CommentTemplateInputs.AddCommentFromTemplateInput;
import io.polydesk.api.graphql.template.CommentTemplateInputs.CreateCommentTemplateInput;
import io.polydesk.api.graphql.template.CommentTemplateInputs.DeleteCommentTemplateInput;
import io.polydesk.api.graphql.template.CommentTemplateInputs.UpdateCommentTemplateInput;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.template.CommentTemplate;
import io.polydesk.domain.template.CommentTemplateQueries;
import io.polydesk.domain.template.CommentTemplateService;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The staff's shared canned responses, and commenting with one. */
@Controller
class CommentTemplateGraphQlController {

    private final CommentTemplateService service;
    private final CommentTemplateQueries queries;
    private final UserQueries users;

    CommentTemplateGraphQlController(
            CommentTemplateService service, CommentTemplateQueries queries, UserQueries users) {
        this.service = service;
        this.queries = queries;
        this.users = users;
    }

    @QueryMapping
    List<CommentTemplate> commentTemplates(@AuthenticationPrincipal Actor actor) {
        return queries.list(actor);
    }

    @MutationMapping
    CommentTemplatePayload createCommentTemplate(
            @Argument CreateCommentTemplateInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new CommentTemplatePayload(service.create(actor, input.name(), input.body()));
    }

    @MutationMapping
    CommentTemplatePayload updateCommentTemplate(
            @Argument UpdateCommentTemplateInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        return new CommentTemplatePayload(
                service.update(actor, id, Changes.of(input.name()), Changes.of(input.body())));
    }

    @MutationMapping
    DeletedPayload deleteCommentTemplate(
            @Argument DeleteCommentTemplateInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        service.delete(actor, id);
        return DeletedPayload.of(id);
    }

    @MutationMapping
    CommentPayload addCommentFromTemplate(
            @Argument AddCommentFromTemplateInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new CommentPayload(service.apply(
                actor,
                Ids.require(input.ticketId(), "input.ticketId"),
                Ids.require(input.templateId(), "input.templateId"),
                Boolean.TRUE.equals(input.internal())));
    }

    @BatchMapping(typeName = "CommentTemplate", field = "author")
    Map<CommentTemplate, User> author(List<CommentTemplate> templates) {
        return Batches.byKey(templates, CommentTemplate::createdBy, users::byIds);
    }
}
