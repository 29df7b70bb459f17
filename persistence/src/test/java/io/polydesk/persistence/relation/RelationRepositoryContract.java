package io.polydesk.persistence.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationRepository;
import io.polydesk.domain.relation.TicketLink;
import io.polydesk.domain.relation.TicketParent;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

abstract class RelationRepositoryContract extends RepositoryTest {

    @Autowired
    RelationRepository relations;

    User agent;
    Ticket a;
    Ticket b;
    Ticket c;

    @BeforeEach
    void threeTickets() {
        agent = newUser(Role.AGENT);
        a = aTicket(agent).insert();
        b = aTicket(agent).insert();
        c = aTicket(agent).insert();
    }

    @Test
    void aLinkIsFoundFromEitherEndWithItsDirectionAndKind() {
        long id = relations.insertLink(new TicketLink(0, b.id(), a.id(), LinkKind.DUPLICATES, agent.id(), T0));

        TicketLink expected = new TicketLink(id, b.id(), a.id(), LinkKind.DUPLICATES, agent.id(), T0);
        assertThat(relations.findLink(a.id(), b.id()))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(expected);
        assertThat(relations.findLink(b.id(), a.id()))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(expected);
        assertThat(relations.findLink(a.id(), c.id())).isEmpty();
    }

    @Test
    void theSamePairCannotBeLinkedTwiceEvenReversed() {
        relations.insertLink(new TicketLink(0, a.id(), b.id(), LinkKind.RELATES_TO, agent.id(), T0));

        assertThatThrownBy(() -> relations.insertLink(new TicketLink(0, b.id(), a.id(), LinkKind.BLOCKS, null, T0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void linksOfManyTicketsIncludeBothDirectionsOnceAndDeleteRemovesThem() {
        long ab = relations.insertLink(new TicketLink(0, a.id(), b.id(), LinkKind.BLOCKS, agent.id(), T0));
        long ca = relations.insertLink(
                new TicketLink(0, c.id(), a.id(), LinkKind.RELATES_TO, agent.id(), T0.plusSeconds(1)));

        assertThat(relations.linksOf(List.of(a.id(), b.id())))
                .extracting(TicketLink::id)
                .containsExactly(ab, ca);
        assertThat(relations.linksOf(List.of(b.id())))
                .extracting(TicketLink::id)
                .containsExactly(ab);

        relations.deleteLink(ab);
        assertThat(relations.linksOf(List.of(a.id(), b.id())))
                .extracting(TicketLink::id)
                .containsExactly(ca);
        assertThat(relations.linksOf(List.of())).isEmpty();
    }

    @Test
    void aTicketHasAtMostOneParentWhichCanBeReplacedAndRemoved() {
        relations.setParent(b.id(), a.id(), T0);
        relations.setParent(c.id(), a.id(), T0);
        assertThat(relations.parentOf(b.id())).contains(a.id());
        assertThat(relations.childrenOf(List.of(a.id())))
                .extracting(TicketParent::ticketId)
                .containsExactly(b.id(), c.id());

        relations.setParent(b.id(), c.id(), T0);
        assertThat(relations.parentsOf(List.of(b.id(), c.id(), a.id())))
                .containsExactlyInAnyOrder(new TicketParent(b.id(), c.id()), new TicketParent(c.id(), a.id()));

        relations.removeParent(b.id());
        assertThat(relations.parentOf(b.id())).isEmpty();
        assertThat(relations.childrenOf(List.of(a.id(), c.id()))).containsExactly(new TicketParent(c.id(), a.id()));
        assertThat(relations.parentsOf(List.of())).isEmpty();
    }
}
