package io.polydesk.persistence.comment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class CommentRepositoryContract extends RepositoryTest {

    @Autowired
    CommentRepository comments;

    User author;
    Ticket ticket;

    @BeforeEach
    void aTicketToCommentOn() {
        author = newUser(Role.AGENT);
        ticket = aTicket(newUser(Role.CUSTOMER)).insert();
    }

    private Comment comment(Ticket on, int secondsAfterT0, boolean internal) {
        Instant at = T0.plusSeconds(secondsAfterT0);
        long id = comments.insert(
                new Comment(0, on.id(), author.id(), "said at " + secondsAfterT0, internal, false, at, at, 0));
        return comments.findById(id).orElseThrow();
    }

    @Test
    void insertedCommentReadsBackWithEveryField() {
        Instant at = T0.plusMillis(7);
        long id = comments.insert(new Comment(0, ticket.id(), null, "Auto-closed", true, true, at, at, 0));

        assertThat(comments.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Comment(id, ticket.id(), null, "Auto-closed", true, true, at, at, 0));
        assertThat(comments.findById(-1)).isEmpty();
    }

    @Test
    void commentsOfLiveTicketsComeByIdAfterAPositionWithArchivedTicketsLeftOut() {
        Comment first = comment(ticket, 10, true);
        Comment onArchived = comment(aTicket(author).archived().insert(), 11, false);
        Comment second = comment(ticket, 5, false);
        Comment third = comment(aTicket(author).insert(), 12, false);

        List<Comment> all = comments.listOfLiveTickets(first.id() - 1, 10);
        assertThat(all).extracting(Comment::id).containsExactly(first.id(), second.id(), third.id());
        assertThat(all).extracting(Comment::id).doesNotContain(onArchived.id());
        assertThat(comments.listOfLiveTickets(first.id(), 1))
                .extracting(Comment::id)
                .containsExactly(second.id());
    }

    @Test
    void aTicketsCommentsComeOldestFirstWithInternalOnesOnlyForStaff() {
        Comment second = comment(ticket, 20, true);
        Comment first = comment(ticket, 10, false);
        Comment third = comment(ticket, 20, false);
        comment(aTicket(author).insert(), 5, false);

        assertThat(comments.listByTicket(ticket.id(), true))
                .extracting(Comment::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(comments.listByTicket(ticket.id(), false))
                .extracting(Comment::id)
                .containsExactly(first.id(), third.id());
    }

    @Test
    void firstCommentsOfManyTicketsComeFromOneQueryPerTicketLimit() {
        Ticket other = aTicket(author).insert();
        Ticket silent = aTicket(author).insert();
        Comment a3 = comment(ticket, 30, false);
        Comment a1 = comment(ticket, 10, false);
        Comment a2 = comment(ticket, 20, true);
        Comment b1 = comment(other, 5, true);
        Comment b2 = comment(other, 6, false);
        Comment b3 = comment(other, 7, false);

        List<Comment> staff = comments.firstOfTickets(List.of(ticket.id(), other.id(), silent.id()), true, 2);
        assertThat(staff).extracting(Comment::id).containsExactlyInAnyOrder(a1.id(), a2.id(), b1.id(), b2.id());
        assertThat(staff.stream().filter(c -> c.ticketId() == ticket.id()))
                .extracting(Comment::id)
                .containsExactly(a1.id(), a2.id());

        List<Comment> customer = comments.firstOfTickets(List.of(ticket.id(), other.id()), false, 2);
        assertThat(customer).extracting(Comment::id).containsExactlyInAnyOrder(a1.id(), a3.id(), b2.id(), b3.id());

        assertThat(comments.firstOfTickets(List.of(ticket.id()), true, 1))
                .extracting(Comment::id)
                .containsExactly(a1.id());
        assertThat(comments.firstOfTickets(List.of(), true, 2)).isEmpty();
        assertThat(comments.firstOfTickets(List.of(ticket.id()), true, 0)).isEmpty();
    }

    @Test
    void countsPerTicketIncludeZeroAndHonourTheInternalFilter() {
        Ticket other = aTicket(author).insert();
        Ticket silent = aTicket(author).insert();
        comment(ticket, 1, false);
        comment(ticket, 2, true);
        comment(other, 3, true);

        assertThat(comments.countByTickets(List.of(ticket.id(), other.id(), silent.id()), true))
                .isEqualTo(Map.of(ticket.id(), 2L, other.id(), 1L, silent.id(), 0L));
        assertThat(comments.countByTickets(List.of(ticket.id(), other.id(), silent.id()), false))
                .isEqualTo(Map.of(ticket.id(), 1L, other.id(), 0L, silent.id(), 0L));
        assertThat(comments.countByTickets(List.of(), true)).isEmpty();
    }

    @Test
    void editingReplacesTheContentCountsTheEditAndKeepsThePreviousText() {
        Comment c = comment(ticket, 0, false);
        Instant firstEdit = T0.plusSeconds(60);
        Instant secondEdit = T0.plusSeconds(120);

        comments.insertEdit(new CommentEdit(0, c.id(), author.id(), firstEdit, c.content()));
        comments.updateContent(c.id(), "second wording", firstEdit);
        comments.insertEdit(new CommentEdit(0, c.id(), null, secondEdit, "second wording"));
        comments.updateContent(c.id(), "third wording", secondEdit);

        Comment stored = comments.findById(c.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo("third wording");
        assertThat(stored.editCount()).isEqualTo(2);
        assertThat(stored.updatedAt()).isEqualTo(secondEdit);
        assertThat(stored.createdAt()).isEqualTo(c.createdAt());
        List<CommentEdit> edits = comments.editsOf(List.of(c.id()));
        assertThat(edits).extracting(CommentEdit::previousContent).containsExactly(c.content(), "second wording");
        assertThat(edits.get(0))
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(new CommentEdit(0, c.id(), author.id(), firstEdit, c.content()));
        assertThat(edits.get(1).editorId()).isNull();
    }

    @Test
    void editsOfManyCommentsComeTogether() {
        Comment a = comment(ticket, 0, false);
        Comment b = comment(ticket, 1, false);
        comments.insertEdit(new CommentEdit(0, a.id(), author.id(), T0.plusSeconds(5), "a0"));
        comments.insertEdit(new CommentEdit(0, b.id(), author.id(), T0.plusSeconds(6), "b0"));

        assertThat(comments.editsOf(List.of(a.id(), b.id())))
                .extracting(CommentEdit::commentId)
                .containsExactly(a.id(), b.id());
        assertThat(comments.editsOf(List.of())).isEmpty();
    }

    @Test
    void deletingACommentRemovesItsEditHistory() {
        Comment c = comment(ticket, 0, false);
        Comment kept = comment(ticket, 1, false);
        comments.insertEdit(new CommentEdit(0, c.id(), author.id(), T0.plusSeconds(5), "before"));
        comments.insertEdit(new CommentEdit(0, kept.id(), author.id(), T0.plusSeconds(5), "kept"));

        comments.delete(c.id());

        assertThat(comments.findById(c.id())).isEmpty();
        assertThat(comments.editsOf(List.of(c.id(), kept.id())))
                .extracting(CommentEdit::commentId)
                .containsExactly(kept.id());
        assertThat(comments.listByTicket(ticket.id(), true))
                .extracting(Comment::id)
                .containsExactly(kept.id());
    }
}
