package io.polydesk.domain.merge;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.relation.RelationRepository;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.relation.TicketLink;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.StaleVersionException;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.ticket.TicketRepository;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one ticket into another, irreversibly and in one transaction: the source's comments, links and
 * sub-tickets move to the target (and whatever the {@link TicketMergeParticipant}s move), the source is closed
 * as a duplicate pointing at the target, and both tickets record it in their history. Tasks and time entries
 * stay on the source, where the work was done.
 */
@Service
public class TicketMergeService {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final CommentRepository comments;
    private final RelationRepository relations;
    private final RelationService relationRules;
    private final MergeRepository merges;
    private final Workflow workflow;
    private final List<TicketMergeParticipant> participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TicketMergeService(
            TicketRepository tickets,
            TicketAccess access,
            CommentRepository comments,
            RelationRepository relations,
            RelationService relationRules,
            MergeRepository merges,
            Workflow workflow,
            List<TicketMergeParticipant> participants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.comments = comments;
        this.relations = relations;
        this.relationRules = relationRules;
        this.merges = merges;
        this.workflow = workflow;
        this.participants = List.copyOf(participants);
        this.events = events;
        this.clock = clock;
    }

    /** Answers the target as it is after the merge. */
    @Transactional
    public Ticket merge(Actor actor, long sourceId, long targetId) {
        Actor.requireStaff(actor);
        if (sourceId == targetId) {
            throw DomainException.invalid("targetId", "cannot merge a ticket into itself");
        }
        Ticket source = access.visible(actor, sourceId);
        Ticket target = access.visible(actor, targetId);
        if (merges.mergedInto(sourceId).isPresent()) {
            throw DomainException.conflict("Ticket " + sourceId + " was already merged into another ticket");
        }
        if (merges.mergedInto(targetId).isPresent()) {
            throw DomainException.conflict(
                    "Ticket " + targetId + " was merged into another ticket; merge into that" + " one instead");
        }
        Instant now = now();

        // Customers never read each other's words: across requesters the moved comments become internal.
        boolean sameRequester = source.requesterId() == target.requesterId();
        int moved = sameRequester
                ? merges.moveComments(sourceId, targetId)
                : merges.moveCommentsAsInternal(sourceId, targetId);
        int links = moveLinks(sourceId, targetId, now);
        if (relationRules.isAncestorOrSelf(sourceId, targetId)) {
            // The target hangs below the source; cut it loose so adopting the source's children makes no cycle.
            relations.removeParent(targetId);
        }
        int children = merges.moveSubTickets(sourceId, targetId);

        Status duplicate = workflow.status(Workflow.DUPLICATE).orElseThrow();
        Ticket closed = source.toBuilder()
                .statusId(duplicate.id())
                .onHold(false)
                .updatedAt(now)
                .closedAt(source.closedAt() == null ? now : source.closedAt())
                .archived(false)
                .build();
        if (!tickets.update(closed, source.lockVersion())) {
            throw new StaleVersionException("Ticket " + sourceId + " was changed by someone else; try again");
        }
        merges.markMerged(sourceId, targetId);

        List<TicketChange> sourceChanges = List.of(
                new TicketChange(
                        0,
                        sourceId,
                        actor.userId(),
                        now,
                        "status",
                        workflow.status(source.statusId()).key(),
                        duplicate.key()),
                new TicketChange(0, sourceId, actor.userId(), now, "mergedInto", null, target.number()));
        List<TicketChange> targetChanges =
                List.of(new TicketChange(0, targetId, actor.userId(), now, "merged", null, source.number()));
        tickets.addHistory(sourceChanges);
        tickets.addHistory(targetChanges);
        comments.insert(new Comment(
                0,
                targetId,
                null,
                "Ticket " + source.number() + " was merged into this ticket (" + moved + " comments, " + links
                        + " links and " + children + " sub-tickets moved here).",
                !sameRequester,
                true,
                now,
                now,
                0));
        tickets.touch(targetId, now, null);

        for (TicketMergeParticipant participant : participants) {
            participant.ticketMerged(sourceId, targetId, sameRequester);
        }
        events.publishEvent(new TicketUpdated(sourceId, actor.userId(), sourceChanges));
        events.publishEvent(new TicketUpdated(targetId, actor.userId(), targetChanges));
        events.publishEvent(new TicketsMerged(sourceId, targetId, actor.userId()));
        return tickets.findById(targetId).orElseThrow();
    }

    /**
     * Re-points each of the source's links at the target, keeping its direction; a link to the target itself,
     * or to a ticket the target is already linked with, is dropped. Answers how many links moved.
     */
    private int moveLinks(long sourceId, long targetId, Instant now) {
        int moved = 0;
        for (TicketLink link : relations.linksOf(List.of(sourceId))) {
            relations.deleteLink(link.id());
            long other = link.otherEnd(sourceId);
            Optional<TicketLink> existing = relations.findLink(targetId, other);
            if (other == targetId || existing.isPresent()) {
                continue;
            }
            boolean outward = link.sourceTicketId() == sourceId;
            relations.insertLink(new TicketLink(
                    0,
                    outward ? targetId : other,
                    outward ? other : targetId,
                    link.kind(),
                    link.createdBy(),
                    link.createdAt()));
            moved++;
        }
        return moved;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
