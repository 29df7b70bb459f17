package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every write that matters leaves its event in the log, in the same transaction: a rollback leaves none. */
@PolydeskIntegrationTest
class DomainEventRecordingTest extends GraphQlTestSupport {

    @Autowired
    EventLog log;

    @Autowired
    TicketMergeService merges;

    @Autowired
    AttachmentService attachments;

    @Autowired
    TransactionTemplate transactions;

    private List<DomainEvent> eventsOf(Ticket ticket) {
        return log.readByTicket(ticket.id(), 0, 100);
    }

    @Test
    void creatingATicketRecordsItWithActorAndProject() {
        TestUser agent = users.agent();
        Project project = project();

        Ticket ticket = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Printer")
                        .description("On fire")
                        .projectId(project.id())
                        .build());

        assertThat(eventsOf(ticket)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.TICKET_CREATED);
            assertThat(e.actorId()).isEqualTo(agent.id());
            assertThat(e.projectId()).isEqualTo(project.id());
            assertThat(e.occurredAt()).isNotNull();
            assertThat(e.internal()).isFalse();
        });
    }

    @Test
    void anUpdateNamesItsFieldsAndAnnouncesStatusAndAssigneeMoves() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Slow VPN");
        long before = log.lastId();

        ticketUpdates.changeStatus(agent.actor(), ticket.id(), "open", null, null);
        ticketUpdates.assign(agent.actor(), ticket.id(), agent.id(), null);

        List<DomainEvent> events = log.readByTicket(ticket.id(), before, 100);
        assertThat(events)
                .extracting(DomainEvent::type)
                .containsExactly(
                        EventType.TICKET_UPDATED,
                        EventType.TICKET_STATUS_CHANGED,
                        EventType.TICKET_UPDATED,
                        EventType.TICKET_ASSIGNED);
        assertThat(events.get(0).payload()).containsEntry("fields", List.of("status"));
        assertThat(events.get(1).payload()).isEqualTo(Map.of("from", "new", "to", "open"));
        assertThat(events.get(3).payload()).isEqualTo(Map.of("to", Long.toString(agent.id())));
        assertThat(events).extracting(DomainEvent::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void commentsAreRecordedWithTheirInternalFlag() {
        TestUser agent = users.admin();
        Ticket ticket = ticket(users.customer(), "Keyboard");

        Comment note = comment(agent, ticket, "Ordered a new one", true);
        commentService.edit(agent.actor(), ticket.id(), note.id(), "Ordered two");
        commentService.delete(agent.actor(), ticket.id(), note.id());
        Comment reply = comment(agent, ticket, "On its way", false);

        assertThat(eventsOf(ticket))
                .filteredOn(e -> e.type().isCommentEvent())
                .extracting(DomainEvent::type, DomainEvent::objectId, DomainEvent::internal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventType.COMMENT_ADDED, note.id(), true),
                        org.assertj.core.groups.Tuple.tuple(EventType.COMMENT_EDITED, note.id(), true),
                        org.assertj.core.groups.Tuple.tuple(EventType.COMMENT_DELETED, note.id(), true),
                        org.assertj.core.groups.Tuple.tuple(EventType.COMMENT_ADDED, reply.id(), false));
    }

    @Test
    void deletingMergingAndAttachingAreRecorded() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket source = ticket(customer, "Twice");
        Ticket target = ticket(customer, "Once");
        Ticket doomed = ticket(customer, "Gone");
        Attachment upload = attachments.upload(
                agent.actor(),
                "notes.txt",
                "text/plain",
                new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8)));

        attachments.attach(agent.actor(), AttachFile.toTicket(upload.id(), target.id()));
        merges.merge(agent.actor(), source.id(), target.id());
        ticketArchiving.archive(agent.actor(), doomed.id(), null);

        assertThat(eventsOf(target))
                .filteredOn(e -> e.type() == EventType.ATTACHMENT_ADDED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo(upload.id());
                    assertThat(e.payload()).containsEntry("ownerKind", "TICKET");
                });
        assertThat(eventsOf(target))
                .filteredOn(e -> e.type() == EventType.TICKET_MERGED)
                .singleElement()
                .satisfies(e -> assertThat(e.objectId()).isEqualTo(source.id()));
        assertThat(eventsOf(source)).extracting(DomainEvent::type).contains(EventType.TICKET_STATUS_CHANGED);
        assertThat(eventsOf(doomed)).extracting(DomainEvent::type).endsWith(EventType.TICKET_DELETED);
    }

    @Test
    void creatingAUserIsAnInternalEvent() {
        long before = log.lastId();

        TestUser customer = users.customer();

        assertThat(log.readAfter(before, 1000))
                .filteredOn(e -> e.type() == EventType.USER_CREATED && customer.id() == e.objectId())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.internal()).isTrue();
                    assertThat(e.actorId()).isEqualTo(users.admin().id());
                });
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Stays as it was");
        long before = log.lastId();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    ticketUpdates.changeStatus(users.admin().actor(), ticket.id(), "open", null, null);
                    comment(customer, ticket, "Never said", false);
                    throw new IllegalStateException("the request failed half way");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(log.readByTicket(ticket.id(), before, 100)).isEmpty();
    }
}
