package io.polydesk.persistence.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.merge.MergeRepository;
import io.polydesk.domain.merge.MergedTicket;
import io.polydesk.domain.relation.RelationRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskRepository;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryRepository;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class MergeRepositoryContract extends RepositoryTest {

    @Autowired
    MergeRepository merges;
    @Autowired
    CommentRepository comments;
    @Autowired
    RelationRepository relations;
    @Autowired
    TaskRepository tasks;
    @Autowired
    TimeEntryRepository timeEntries;

    @Test
    void markingAMergeRecordsTheTargetForSingleAndBatchReads() {
        User agent = newUser(Role.AGENT);
        Ticket source = aTicket(agent).insert();
        Ticket target = aTicket(agent).insert();

        assertThat(merges.mergedInto(source.id())).isEmpty();
        merges.markMerged(source.id(), target.id());

        assertThat(merges.mergedInto(source.id())).contains(target.id());
        assertThat(merges.mergedIntoOf(List.of(source.id(), target.id())))
                .containsExactly(new MergedTicket(source.id(), target.id()));
        assertThat(merges.mergedIntoOf(List.of())).isEmpty();
    }

    @Test
    void commentsAndSubTicketsMoveFromSourceToTargetButTheTargetNeverBecomesItsOwnChild() {
        User agent = newUser(Role.AGENT);
        Ticket source = aTicket(agent).insert();
        Ticket target = aTicket(agent).insert();
        Ticket child = aTicket(agent).insert();
        long commentId = comments.insert(new Comment(0, source.id(), agent.id(), "hi", false, false, T0, T0, 0));
        relations.setParent(child.id(), source.id(), T0);
        relations.setParent(target.id(), source.id(), T0);

        assertThat(merges.moveComments(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveSubTickets(source.id(), target.id())).isEqualTo(1);

        assertThat(comments.findById(commentId)).get().extracting(Comment::ticketId).isEqualTo(target.id());
        assertThat(relations.parentOf(child.id())).contains(target.id());
        assertThat(relations.parentOf(target.id())).contains(source.id());
    }

    @Test
    void aUsersTicketsCommentsTasksAndTimeMoveToAnotherUser() {
        User source = newUser(Role.AGENT);
        User target = newUser(Role.AGENT);
        User customer = newUser(Role.CUSTOMER);
        Ticket requested = aTicket(source).insert();
        Ticket assigned = aTicket(customer).assignee(source).insert();
        long commentId = comments.insert(new Comment(0, assigned.id(), source.id(), "hi", false, false, T0, T0, 0));
        long taskId = tasks.insert(new Task(0, assigned.id(), null, null, source.id(), "t", null, null, null, T0,
                T0));
        long entryId = timeEntries.insert(new TimeEntry(0, assigned.id(), source.id(), null, LocalDate.of(2026, 3, 1),
                5, false, null, T0, T0));
        assertThat(merges.countStaffWork(source.id())).isEqualTo(3);
        assertThat(merges.countStaffWork(customer.id())).isZero();

        assertThat(merges.moveRequester(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveAssignee(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveCommentAuthor(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveTaskAgent(source.id(), target.id())).isEqualTo(1);
        assertThat(merges.moveTimeEntryAgent(source.id(), target.id())).isEqualTo(1);

        assertThat(tickets.findById(requested.id()).orElseThrow().requesterId()).isEqualTo(target.id());
        assertThat(tickets.findById(assigned.id()).orElseThrow().assigneeId()).isEqualTo(target.id());
        assertThat(comments.findById(commentId).orElseThrow().authorId()).isEqualTo(target.id());
        assertThat(tasks.findById(taskId).orElseThrow().agentId()).isEqualTo(target.id());
        assertThat(timeEntries.findById(entryId).orElseThrow().agentId()).isEqualTo(target.id());
        assertThat(merges.countStaffWork(source.id())).isZero();
    }
}
