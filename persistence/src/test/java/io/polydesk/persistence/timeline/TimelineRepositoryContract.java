package io.polydesk.persistence.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentRepository;
import io.polydesk.domain.attachment.OwnerKind;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryRepository;
import io.polydesk.domain.timeline.TimelineEntry;
import io.polydesk.domain.timeline.TimelineRepository;
import io.polydesk.domain.timeline.TimelineSource;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class TimelineRepositoryContract extends RepositoryTest {

    @Autowired
    TimelineRepository timeline;

    @Autowired
    CommentRepository comments;

    @Autowired
    AttachmentRepository attachments;

    @Autowired
    TimeEntryRepository timeEntries;

    User agent;
    User customer;
    Ticket ticket;
    long change;
    long publicComment;
    long internalComment;
    long fileOnPublic;
    long fileOnInternal;
    long timeEntry;
    long sameInstantComment;

    /** Every source, at distinct instants except one tie between a change and a comment at T0 + 5 s. */
    @BeforeEach
    void aTicketWithOneOfEverything() {
        agent = newUser(Role.AGENT);
        customer = newUser(Role.CUSTOMER);
        ticket = aTicket(customer).insert();
        publicComment = comment(false, at(1));
        internalComment = comment(true, at(2));
        fileOnPublic = file(publicComment, at(3));
        fileOnInternal = file(internalComment, at(4));
        sameInstantComment = comment(false, at(5));
        tickets.addHistory(List.of(new TicketChange(0, ticket.id(), agent.id(), at(5), "status", "new", "open")));
        change = timeline.window(ticket.id(), true, null, 100).stream()
                .filter(e -> e.source() == TimelineSource.CHANGE)
                .findFirst()
                .orElseThrow()
                .id();
        timeEntry = timeEntries.insert(new TimeEntry(
                0, ticket.id(), agent.id(), null, LocalDate.of(2026, 1, 1), 30, true, null, at(6), at(6)));
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private long comment(boolean internal, Instant at) {
        return comments.insert(new Comment(0, ticket.id(), agent.id(), "Text", internal, false, at, at, 0));
    }

    private long file(long commentId, Instant at) {
        long id = attachments.insert(new Attachment(
                0,
                null,
                null,
                null,
                "log.txt",
                "text/plain",
                3,
                "0".repeat(64),
                UUID.randomUUID().toString(),
                agent.id(),
                at));
        attachments.bind(id, OwnerKind.COMMENT, commentId, ticket.id());
        return id;
    }

    private static List<Long> ids(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::id).toList();
    }

    @Test
    void staffSeeEverySourceInTimeOrderWithTheChangeBeforeTheCommentOfTheSameInstant() {
        List<TimelineEntry> all = timeline.window(ticket.id(), true, null, 100);
        assertThat(all)
                .extracting(TimelineEntry::source)
                .containsExactly(
                        TimelineSource.COMMENT,
                        TimelineSource.COMMENT,
                        TimelineSource.ATTACHMENT,
                        TimelineSource.ATTACHMENT,
                        TimelineSource.CHANGE,
                        TimelineSource.COMMENT,
                        TimelineSource.TIME_ENTRY);
        assertThat(ids(all))
                .containsExactly(
                        publicComment,
                        internalComment,
                        fileOnPublic,
                        fileOnInternal,
                        change,
                        sameInstantComment,
                        timeEntry);
        assertThat(all.get(0).at()).isEqualTo(at(1));
    }

    @Test
    void customersGetNoInternalCommentNoFileOnOneAndNoTimeEntry() {
        List<TimelineEntry> seen = timeline.window(ticket.id(), false, null, 100);
        assertThat(ids(seen)).containsExactly(publicComment, fileOnPublic, change, sameInstantComment);
        assertThat(timeline.countByTickets(List.of(ticket.id()), false)).containsEntry(ticket.id(), 4L);
        assertThat(timeline.countByTickets(List.of(ticket.id()), true)).containsEntry(ticket.id(), 7L);
    }

    @Test
    void aWindowResumesStrictlyAfterItsPositionAcrossSources() {
        List<TimelineEntry> first = timeline.window(ticket.id(), true, null, 5);
        assertThat(ids(first)).containsExactly(publicComment, internalComment, fileOnPublic, fileOnInternal, change);
        List<TimelineEntry> rest =
                timeline.window(ticket.id(), true, first.get(4).position(), 5);
        assertThat(ids(rest)).containsExactly(sameInstantComment, timeEntry);
    }

    @Test
    void firstEntriesOfManyTicketsComeInOneStatementLimitedPerTicket() {
        Ticket other = aTicket(customer).insert();
        long otherComment =
                comments.insert(new Comment(0, other.id(), agent.id(), "Other", false, false, at(9), at(9), 0));
        Ticket empty = aTicket(customer).insert();
        List<TimelineEntry> firsts = timeline.firstOfTickets(List.of(ticket.id(), other.id(), empty.id()), false, 2);
        assertThat(firsts).extracting(TimelineEntry::ticketId).containsExactly(ticket.id(), ticket.id(), other.id());
        assertThat(ids(firsts)).containsExactly(publicComment, fileOnPublic, otherComment);
        assertThat(timeline.countByTickets(List.of(empty.id()), true)).containsEntry(empty.id(), 0L);
    }

    @Test
    void rowsLoadByIdForEachSource() {
        assertThat(timeline.commentsByIds(List.of(internalComment)))
                .singleElement()
                .satisfies(c -> assertThat(c.internal()).isTrue());
        assertThat(timeline.changesByIds(List.of(change)))
                .singleElement()
                .satisfies(c -> assertThat(c.toValue()).isEqualTo("open"));
        assertThat(timeline.timeEntriesByIds(List.of(timeEntry)))
                .singleElement()
                .satisfies(e -> assertThat(e.minutes()).isEqualTo(30));
        assertThat(timeline.commentsByIds(List.of())).isEmpty();
    }
}
