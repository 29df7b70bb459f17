package io.polydesk.api.graphql.comment;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.KeysetWindow;
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
 * Comments as fields of tickets, and the fields of comments. {@code Ticket.comments(first, after)} takes
 * arguments, which {@code @BatchMapping} cannot key on, so it has its own DataLoader keyed by (ticket, first, after,
 * counted): first pages of any number of tickets cost one query per distinct {@code first} (two with totalCount);
 * a page after a cursor (which belongs to one ticket) is loaded on its own.
 */
@Controller
class CommentFieldsGraphQlController {

    static final String COMMENT_WINDOWS = "ticketCommentWindows";

    /** A DataLoader key: one window of one ticket's comments. */
    record Window(long ticketId, Integer first, String after, boolean counted) {}

    private final CommentQueries comments;
    private final UserQueries users;

    CommentFieldsGraphQlController(CommentQueries comments, UserQueries users, BatchLoaderRegistry registry) {
        this.comments = comments;
        this.users = users;
        registry.<Window, CursorPage<Comment>>forName(COMMENT_WINDOWS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, CurrentActor.from(env))));
    }

    @SchemaMapping(typeName = "Ticket", field = "comments")
    CompletableFuture<Connection<Comment>> comments(
            Ticket ticket, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        CommentQueries.checkWindow(ticket.id(), first, after);
        boolean counted = env.getSelectionSet().contains("totalCount");
        DataLoader<Window, CursorPage<Comment>> loader = env.getDataLoader(COMMENT_WINDOWS);
        return loader.load(new Window(ticket.id(), first, after, counted)).thenApply(Connection::of);
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

    private Map<Window, CursorPage<Comment>> load(Set<Window> keys, Actor actor) {
        Map<Window, CursorPage<Comment>> result = new HashMap<>();
        Map<List<Object>, List<Window>> firstPages = keys.stream()
                .filter(k -> k.after() == null)
                .collect(Collectors.groupingBy(
                        k -> List.of(k.first() == null ? KeysetWindow.DEFAULT_SIZE : k.first(), k.counted())));
        firstPages.forEach((shape, windows) -> {
            Map<Long, CursorPage<Comment>> pages = comments.firstWindows(
                    actor, windows.stream().map(Window::ticketId).toList(), (Integer) shape.get(0), (Boolean)
                            shape.get(1));
            windows.forEach(w -> result.put(w, pages.get(w.ticketId())));
        });
        keys.stream()
                .filter(k -> k.after() != null)
                .forEach(k -> result.put(k, comments.window(actor, k.ticketId(), k.first(), k.after(), k.counted())));
        return result;
    }
}
