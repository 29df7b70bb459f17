package io.polydesk.api.ticketwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.merge.MergeQueries;
import io.polydesk.domain.merge.TicketMergeParticipant;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.merge.UserMergeParticipant;
import io.polydesk.domain.merge.UserMergeService;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationQueries;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.UserQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Merges run in one transaction with their participants: when a participant fails half way, nothing the merge
 * already did survives. Registers failing participants, so this class has its own application context.
 */
@PolydeskIntegrationTest
@Import(MergeAtomicityTest.FailingParticipants.class)
class MergeAtomicityTest {

    static final AtomicBoolean FAIL = new AtomicBoolean();
    static final List<String> CALLS = new ArrayList<>();

    @TestConfiguration
    static class FailingParticipants {

        @Bean
        TicketMergeParticipant failingTicketParticipant() {
            return (source, target, sameRequester) -> {
                CALLS.add("ticket " + source + "->" + target);
                if (FAIL.get()) {
                    throw new IllegalStateException("attachment storage unavailable");
                }
            };
        }

        @Bean
        UserMergeParticipant failingUserParticipant() {
            return (source, target) -> {
                CALLS.add("user " + source + "->" + target);
                if (FAIL.get()) {
                    throw new IllegalStateException("asset store unavailable");
                }
            };
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketCreation ticketCreation;

    @Autowired
    TicketQueries ticketQueries;

    @Autowired
    CommentService comments;

    @Autowired
    CommentQueries commentQueries;

    @Autowired
    RelationService relations;

    @Autowired
    RelationQueries relationQueries;

    @Autowired
    MergeQueries mergeQueries;

    @Autowired
    TicketMergeService ticketMerges;

    @Autowired
    UserMergeService userMerges;

    @Autowired
    UserQueries userQueries;

    TestUsers users;
    Actor agent;
    TestUser customer;
    Ticket source;
    Ticket target;
    Ticket linked;
    Ticket child;

    @BeforeEach
    void twoTicketsWithCommentsLinksAndASubTicket() {
        users = new TestUsers(context);
        FAIL.set(false);
        CALLS.clear();
        agent = users.agent().actor();
        customer = users.customer();
        source = ticketCreation.create(customer.actor(), CreateTicket.of("Printer jammed", "Jammed again"));
        target = ticketCreation.create(customer.actor(), CreateTicket.of("Printer broken", "Will not print"));
        linked = ticketCreation.create(agent, CreateTicket.of("Toner order", "Order toner"));
        child = ticketCreation.create(agent, CreateTicket.of("Replace roller", "Roller worn"));
        comments.add(customer.actor(), source.id(), "Also jammed this morning", false);
        comments.add(agent, target.id(), "Looking into it", false);
        relations.link(agent, source.id(), linked.id(), LinkKind.BLOCKS);
        relations.setParent(agent, child.id(), source.id());
    }

    @AfterEach
    void stopFailing() {
        FAIL.set(false);
    }

    @Test
    void aTicketMergeThatFailsHalfWayChangesNothing() {
        Ticket sourceBefore = ticketQueries.get(agent, source.id());
        Ticket targetBefore = ticketQueries.get(agent, target.id());
        List<String> sourceComments = contents(source);
        List<String> targetComments = contents(target);
        List<TicketChange> sourceHistory = ticketQueries.history(agent, source.id());
        List<TicketChange> targetHistory = ticketQueries.history(agent, target.id());
        FAIL.set(true);

        assertThatThrownBy(() -> ticketMerges.merge(agent, source.id(), target.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("attachment storage");

        assertThat(CALLS).containsExactly("ticket " + source.id() + "->" + target.id());
        assertThat(contents(source)).isEqualTo(sourceComments);
        assertThat(contents(target)).isEqualTo(targetComments);
        assertThat(ticketQueries.get(agent, source.id())).isEqualTo(sourceBefore);
        assertThat(ticketQueries.get(agent, target.id())).isEqualTo(targetBefore);
        assertThat(ticketQueries.history(agent, source.id())).hasSameSizeAs(sourceHistory);
        assertThat(ticketQueries.history(agent, target.id())).hasSameSizeAs(targetHistory);
        assertThat(linkedIds(source)).containsExactly(linked.id());
        assertThat(linkedIds(target)).isEmpty();
        assertThat(relationQueries.childrenOf(agent, List.of(source.id())).get(source.id()))
                .extracting(Ticket::id)
                .containsExactly(child.id());
        assertThat(mergeQueries.mergedIntoOf(agent, List.of(source.id()))).isEmpty();
    }

    @Test
    void aTicketMergeThatSucceedsMovesEverythingAndCallsEveryParticipant() {
        ticketMerges.merge(agent, source.id(), target.id());

        assertThat(CALLS).containsExactly("ticket " + source.id() + "->" + target.id());
        assertThat(contents(source)).isEmpty();
        assertThat(contents(target))
                .contains("Also jammed this morning", "Looking into it")
                .anyMatch(c -> c.contains(source.number()) && c.contains("merged"));
        assertThat(ticketQueries.status(ticketQueries.get(agent, source.id())).key())
                .isEqualTo("duplicate");
        assertThat(ticketQueries.get(agent, source.id()).closedAt()).isNotNull();
        assertThat(linkedIds(target)).containsExactly(linked.id());
        assertThat(linkedIds(source)).isEmpty();
        assertThat(relationQueries
                        .parentsOf(agent, List.of(child.id()))
                        .get(child.id())
                        .id())
                .isEqualTo(target.id());
        assertThat(mergeQueries
                        .mergedIntoOf(agent, List.of(source.id()))
                        .get(source.id())
                        .id())
                .isEqualTo(target.id());
        assertThat(ticketQueries.history(agent, source.id()))
                .extracting(TicketChange::field)
                .contains("status", "mergedInto");
        assertThat(ticketQueries.history(agent, target.id()))
                .extracting(TicketChange::field)
                .contains("merged");
    }

    @Test
    void aUserMergeThatFailsHalfWayChangesNothing() {
        TestUser duplicate = users.customer();
        Ticket filed = ticketCreation.create(duplicate.actor(), CreateTicket.of("Second account", "Same person"));
        Comment edited = comments.add(duplicate.actor(), filed.id(), "Typo", false);
        comments.edit(duplicate.actor(), filed.id(), edited.id(), "Fixed");
        FAIL.set(true);

        assertThatThrownBy(() -> userMerges.merge(users.admin().actor(), duplicate.id(), customer.id()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(ticketQueries.get(agent, filed.id()).requesterId()).isEqualTo(duplicate.id());
        assertThat(commentQueries.editsOf(List.of(edited.id())).get(edited.id()))
                .extracting(CommentEdit::editorId)
                .containsExactly(duplicate.id());
        assertThat(userQueries
                        .byIds(List.of(duplicate.id()))
                        .get(duplicate.id())
                        .active())
                .isTrue();
    }

    private List<String> contents(Ticket ticket) {
        return commentQueries.ofTicket(agent, ticket.id()).stream()
                .map(Comment::content)
                .toList();
    }

    private List<Long> linkedIds(Ticket ticket) {
        return relationQueries.linksOf(agent, List.of(ticket.id())).getOrDefault(ticket.id(), List.of()).stream()
                .map(l -> l.other().id())
                .toList();
    }
}
