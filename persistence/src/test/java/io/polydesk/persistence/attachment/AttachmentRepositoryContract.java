package io.polydesk.persistence.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentRepository;
import io.polydesk.domain.attachment.OwnerKind;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

abstract class AttachmentRepositoryContract extends RepositoryTest {

    @Autowired
    AttachmentRepository attachments;

    @Autowired
    CommentRepository comments;

    User uploader;
    Ticket ticket;

    @BeforeEach
    void aTicketToAttachTo() {
        uploader = newUser(Role.CUSTOMER);
        ticket = aTicket(uploader).insert();
    }

    private Attachment pending(int secondsAfterT0) {
        String name = UUID.randomUUID().toString().replace("-", "");
        long id = attachments.insert(new Attachment(
                0,
                null,
                null,
                null,
                "report.pdf",
                "application/pdf",
                1234,
                "ab".repeat(32),
                name.substring(0, 2) + "/" + name,
                uploader.id(),
                T0.plusSeconds(secondsAfterT0)));
        return attachments.findById(id).orElseThrow();
    }

    private Comment comment(boolean internal) {
        long id = comments.insert(new Comment(0, ticket.id(), uploader.id(), "see file", internal, false, T0, T0, 0));
        return comments.findById(id).orElseThrow();
    }

    @Test
    void insertedAttachmentReadsBackPendingWithEveryField() {
        Instant at = T0.plusMillis(7);
        long id = attachments.insert(new Attachment(
                0,
                null,
                null,
                null,
                "Grüße 📎.txt",
                "text/plain",
                42,
                "0f".repeat(32),
                "0f/0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
                uploader.id(),
                at));

        assertThat(attachments.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Attachment(
                        id,
                        null,
                        null,
                        null,
                        "Grüße 📎.txt",
                        "text/plain",
                        42,
                        "0f".repeat(32),
                        "0f/0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
                        uploader.id(),
                        at));
        assertThat(attachments.findById(id).orElseThrow().pending()).isTrue();
        assertThat(attachments.findById(-1)).isEmpty();
    }

    @Test
    void bindingSetsTheOwnerOnceAndOnlyOnce() {
        Attachment a = pending(0);

        assertThat(attachments.bind(a.id(), OwnerKind.TICKET, ticket.id(), ticket.id()))
                .isTrue();
        assertThat(attachments.bind(a.id(), OwnerKind.TICKET, ticket.id(), ticket.id()))
                .isFalse();

        Attachment bound = attachments.findById(a.id()).orElseThrow();
        assertThat(bound.ownerKind()).isEqualTo(OwnerKind.TICKET);
        assertThat(bound.ownerId()).isEqualTo(ticket.id());
        assertThat(bound.ticketId()).isEqualTo(ticket.id());
        assertThat(bound.commentId()).isNull();
    }

    @Test
    void aCommentsFileNamesTheCommentAsOwnerAndItsTicket() {
        Comment comment = comment(false);
        Attachment a = pending(0);

        attachments.bind(a.id(), OwnerKind.COMMENT, comment.id(), ticket.id());

        Attachment bound = attachments.findById(a.id()).orElseThrow();
        assertThat(bound.ownerKind()).isEqualTo(OwnerKind.COMMENT);
        assertThat(bound.ownerId()).isEqualTo(comment.id());
        assertThat(bound.commentId()).isEqualTo(comment.id());
        assertThat(bound.ticketId()).isEqualTo(ticket.id());
    }

    @Test
    void anAssetsFileNamesTheAssetOnly() {
        Attachment a = pending(0);

        attachments.bind(a.id(), OwnerKind.ASSET, 987_654_321L, null);

        Attachment bound = attachments.findById(a.id()).orElseThrow();
        assertThat(bound.assetId()).isEqualTo(987_654_321L);
        assertThat(bound.ticketId()).isNull();
    }

    @Test
    void aFileCannotPointAtATicketThatDoesNotExist() {
        Attachment a = pending(0);

        assertThatThrownBy(() -> attachments.bind(a.id(), OwnerKind.TICKET, -5, -5L))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aMergedTicketsFilesAndItsCommentsFilesFollowItToTheTarget() {
        Comment open = comment(false);
        Attachment onTicket = pending(10);
        Attachment onComment = pending(20);
        attachments.bind(onTicket.id(), OwnerKind.TICKET, ticket.id(), ticket.id());
        attachments.bind(onComment.id(), OwnerKind.COMMENT, open.id(), ticket.id());
        Ticket target = aTicket(uploader).insert();
        Ticket bystander = aTicket(uploader).insert();
        Attachment untouched = pending(30);
        attachments.bind(untouched.id(), OwnerKind.TICKET, bystander.id(), bystander.id());

        attachments.moveTicket(ticket.id(), target.id());

        assertThat(attachments.listByTickets(List.of(target.id()), true))
                .extracting(Attachment::id)
                .containsExactly(onTicket.id(), onComment.id());
        assertThat(attachments.listByTickets(List.of(ticket.id()), true)).isEmpty();
        assertThat(attachments.findById(onComment.id()))
                .get()
                .extracting(Attachment::ownerId)
                .isEqualTo(open.id());
        assertThat(attachments.listByTickets(List.of(bystander.id()), true))
                .extracting(Attachment::id)
                .containsExactly(untouched.id());
    }

    @Test
    void aTicketListsItsOwnAndItsCommentsFilesOldestFirstHidingInternalOnesUnlessAsked() {
        Comment open = comment(false);
        Comment internal = comment(true);
        Attachment onComment = pending(20);
        Attachment onTicket = pending(10);
        Attachment onInternal = pending(15);
        Attachment elsewhere = pending(5);
        attachments.bind(onTicket.id(), OwnerKind.TICKET, ticket.id(), ticket.id());
        attachments.bind(onComment.id(), OwnerKind.COMMENT, open.id(), ticket.id());
        attachments.bind(onInternal.id(), OwnerKind.COMMENT, internal.id(), ticket.id());
        Ticket other = aTicket(uploader).insert();
        attachments.bind(elsewhere.id(), OwnerKind.TICKET, other.id(), other.id());
        pending(1);

        assertThat(attachments.listByTickets(List.of(ticket.id()), true))
                .extracting(Attachment::id)
                .containsExactly(onTicket.id(), onInternal.id(), onComment.id());
        assertThat(attachments.listByTickets(List.of(ticket.id()), false))
                .extracting(Attachment::id)
                .containsExactly(onTicket.id(), onComment.id());
        assertThat(attachments.listByTickets(List.of(ticket.id(), other.id()), false))
                .extracting(Attachment::id)
                .containsExactly(onTicket.id(), onComment.id(), elsewhere.id())
                .hasSize(3);
        assertThat(attachments.listByTickets(List.of(), true)).isEmpty();
    }

    @Test
    void commentsListTheirFilesInOneQuery() {
        Comment first = comment(false);
        Comment second = comment(true);
        Attachment a = pending(3);
        Attachment b = pending(1);
        Attachment c = pending(2);
        attachments.bind(a.id(), OwnerKind.COMMENT, first.id(), ticket.id());
        attachments.bind(b.id(), OwnerKind.COMMENT, first.id(), ticket.id());
        attachments.bind(c.id(), OwnerKind.COMMENT, second.id(), ticket.id());

        assertThat(attachments.listByComments(List.of(first.id(), second.id())))
                .extracting(Attachment::id)
                .containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(attachments.listByComments(List.of(first.id())))
                .extracting(Attachment::id)
                .containsExactly(b.id(), a.id());
    }

    @Test
    void assetsListTheirFilesInOneQueryOldestFirst() {
        long firstAsset = 987_000_001L;
        long secondAsset = 987_000_002L;
        Attachment a = pending(3);
        Attachment b = pending(1);
        Attachment c = pending(2);
        Attachment onTicket = pending(0);
        attachments.bind(a.id(), OwnerKind.ASSET, firstAsset, null);
        attachments.bind(b.id(), OwnerKind.ASSET, firstAsset, null);
        attachments.bind(c.id(), OwnerKind.ASSET, secondAsset, null);
        attachments.bind(onTicket.id(), OwnerKind.TICKET, ticket.id(), ticket.id());

        assertThat(attachments.listByAssets(List.of(firstAsset, secondAsset)))
                .extracting(Attachment::id)
                .containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(attachments.listByAssets(List.of(firstAsset)))
                .extracting(Attachment::id)
                .containsExactly(b.id(), a.id());
        assertThat(attachments.listByAssets(List.of())).isEmpty();
    }

    @Test
    void findByIdsReturnsOnlyExistingOnes() {
        Attachment a = pending(0);
        Attachment b = pending(1);

        assertThat(attachments.findByIds(List.of(b.id(), a.id(), -1L)))
                .extracting(Attachment::id)
                .containsExactly(a.id(), b.id());
        assertThat(attachments.findByIds(List.of())).isEmpty();
    }

    @Test
    void pendingBeforeFindsOnlyUnboundUploadsOlderThanTheCutoffOldestFirst() {
        Attachment old = pending(0);
        Attachment older = pending(-60);
        Attachment fresh = pending(3600);
        Attachment boundOld = pending(-120);
        attachments.bind(boundOld.id(), OwnerKind.TICKET, ticket.id(), ticket.id());

        List<Long> found = attachments.pendingBefore(T0.plusSeconds(1), 1000).stream()
                .filter(a -> a.uploadedBy() == uploader.id())
                .map(Attachment::id)
                .toList();

        assertThat(found).containsExactly(older.id(), old.id()).doesNotContain(fresh.id(), boundOld.id());
        assertThat(attachments.pendingBefore(T0.plusSeconds(1), 1)).hasSize(1);
    }

    @Test
    void deleteRemovesTheRow() {
        Attachment a = pending(0);

        attachments.delete(a.id());

        assertThat(attachments.findById(a.id())).isEmpty();
    }

    @Test
    void pageAfterWalksEveryAttachmentBoundOrPendingInIdOrder() {
        Attachment first = pending(0);
        Attachment second = pending(-600);
        Attachment third = pending(10);
        attachments.bind(second.id(), OwnerKind.TICKET, ticket.id(), ticket.id());

        List<Attachment> page = attachments.pageAfter(first.id() - 1, 2);

        assertThat(page).extracting(Attachment::id).containsExactly(first.id(), second.id());
        assertThat(attachments.pageAfter(second.id(), 10))
                .extracting(Attachment::id)
                .containsExactly(third.id());
        assertThat(page.get(1).storageKey()).isEqualTo(second.storageKey());
    }
}
