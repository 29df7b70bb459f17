package io.polydesk.api.graphql.comment;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Comments as fields of tickets, and the fields of comments. {@code Ticket.comments(first:)} takes an
 * argument, which {@code @BatchMapping} cannot key on, so it has its own DataLoader keyed by (ticket, first):
 * one query per distinct {@code first} in a response.
 */
@Controller
class CommentFieldsGraphQlController {

    static final String FIRST_COMMENTS = "ticketFirstComments";
    static final int MAX_FIRST = 100;

    /** A DataLoader key: the first {@code first} comments of one ticket. */
    record FirstComments(long ticketId, int first) {}

    private final CommentQueries comments;
    private final UserQueries users;

    CommentFieldsGraphQlController(CommentQueries comments, UserQueries users, BatchLoaderRegistry registry) {
        this.comments = comments;
        this.users = users;
        registry.<FirstComments, List<Comment>>forName(FIRST_COMMENTS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, CurrentActor.from(env))));
    }

    @SchemaMapping(typeName = "Ticket", field = "comments")
    CompletableFuture<List<Comment>> comments(Ticket ticket, @Argument Integer first, DataFetchingEnvironment env) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > MAX_FIRST) {
            throw DomainException.invalid("comments.first", "must be between 0 and " + MAX_FIRST);
        }
        DataLoader<FirstComments, List<Comment>> loader = env.getDataLoader(FIRST_COMMENTS);
        return loader.load(new FirstComments(ticket.id(), limit));
    }

    @BatchMapping(typeName = "Ticket")
    Map<Ticket, Integer> commentCount(List<Ticket> tickets, GraphQLContext context) {
        Map<Long, Long> counts = comments.countOfTickets(CurrentActor.from(context), Batches.ids(tickets, Ticket::id));
        Map<Ticket, Integer> result = new HashMap<>();
        tickets.forEach(t -> result.put(t, counts.getOrDefault(t.id(), 0L).intValue()));
        return result;
    }

    @BatchMapping
    Map<Comment, User> author(List<Comment> batch) {
        return Batches.byKey(batch, Comment::authorId, users::byIds);
    }

    @BatchMapping
    Map<Comment, List<CommentEdit>> editHistory(List<Comment> batch) {
        Map<Long, List<CommentEdit>> edits = comments.editsOf(Batches.ids(batch, Comment::id));
        Map<Comment, List<CommentEdit>> result = new HashMap<>();
        batch.forEach(c -> result.put(c, edits.getOrDefault(c.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "CommentEdit", field = "editor")
    Map<CommentEdit, User> editor(List<CommentEdit> batch) {
        return Batches.byKey(batch, CommentEdit::editorId, users::byIds);
    }

    private Map<FirstComments, List<Comment>> load(Set<FirstComments> keys, Actor actor) {
        Map<FirstComments, List<Comment>> result = new HashMap<>();
        Map<Integer, List<Long>> ticketsByFirst = keys.stream()
                .collect(Collectors.groupingBy(
                        FirstComments::first, Collectors.mapping(FirstComments::ticketId, Collectors.toList())));
        ticketsByFirst.forEach((first, ticketIds) -> {
            Map<Long, List<Comment>> loaded = comments.firstOfTickets(actor, ticketIds, first);
            ticketIds.forEach(id -> result.put(new FirstComments(id, first), loaded.getOrDefault(id, List.of())));
        });
        return result;
    }
}
