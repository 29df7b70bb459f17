package io.polydesk.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Files and rows live and die together: through the domain service, on the real storage and database. */
@PolydeskIntegrationTest
class AttachmentLifecycleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AttachmentService attachments;

    @Autowired
    AttachmentQueries queries;

    @Autowired
    TicketCreation ticketCreation;

    @Autowired
    CommentService comments;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${polydesk.data-dir}")
    Path dataDir;

    TestUser customer;
    Ticket ticket;

    @BeforeEach
    void aCustomersTicket() {
        customer = new TestUsers(context).customer();
        ticket = ticketCreation.create(customer.actor(), CreateTicket.of("Files", "lifecycle"));
    }

    private Attachment upload(TestUser user, String text) {
        return attachments.upload(
                user.actor(),
                "note.txt",
                "text/plain",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Path fileOf(Attachment a) {
        return dataDir.resolve("attachments").resolve(a.storageKey());
    }

    private List<Path> allFiles() throws Exception {
        Path root = dataDir.resolve("attachments");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void anUploadIsAPendingRowWithItsFileUnderTheDataDir() throws Exception {
        Attachment a = upload(customer, "hello");

        assertThat(a.pending()).isTrue();
        assertThat(a.uploadedBy()).isEqualTo(customer.id());
        assertThat(a.size()).isEqualTo(5);
        assertThat(a.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(Files.readString(fileOf(a))).isEqualTo("hello");
    }

    @Test
    void deletingKeepsTheFileUntilTheTransactionCommits() {
        Attachment a = upload(customer, "to be deleted");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            attachments.delete(customer.actor(), a.id());
            assertThat(fileOf(a)).exists();
        });

        assertThat(fileOf(a)).doesNotExist();
        assertThatThrownBy(() -> queries.get(customer.actor(), a.id())).isInstanceOf(DomainException.class);
    }

    @Test
    void aRolledBackDeleteKeepsBothRowAndFile() {
        Attachment a = upload(customer, "keep me");
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            attachments.delete(customer.actor(), a.id());
            status.setRollbackOnly();
        });

        assertThat(fileOf(a)).exists();
        assertThat(queries.get(customer.actor(), a.id()).id()).isEqualTo(a.id());
    }

    @Test
    void anUploadInsideARolledBackTransactionLeavesNoFile() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Attachment[] inside = new Attachment[1];

        tx.executeWithoutResult(status -> {
            inside[0] = upload(customer, "never committed");
            status.setRollbackOnly();
        });

        assertThat(fileOf(inside[0])).doesNotExist();
    }

    @Test
    void aFailedInsertDeletesTheStoredFile() throws Exception {
        List<Path> before = allFiles();
        Actor ghost = new Actor(Long.MAX_VALUE - 7, "ghost", Role.CUSTOMER);

        assertThatThrownBy(() -> attachments.upload(
                        ghost,
                        "ghost.txt",
                        "text/plain",
                        new ByteArrayInputStream("boo".getBytes(StandardCharsets.UTF_8))))
                .isNotInstanceOf(DomainException.class);

        assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aStreamOverTheLimitIsInvalidAndLeavesNoFile() throws Exception {
        List<Path> before = allFiles();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        assertThatThrownBy(() -> attachments.upload(customer.actor(), "big.txt", "text/plain", endless))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID);
                    assertThat(e.details())
                            .containsExactly(new FieldError("file", "must be at most " + 25 * 1024 * 1024 + " bytes"));
                });
        assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void base64ContentIsStoredDecodedAndBrokenBase64IsInvalidWithoutAFile() throws Exception {
        byte[] pdf = "%PDF-1.7 tiny".getBytes(StandardCharsets.US_ASCII);
        InputStream encoded = new ByteArrayInputStream(Base64.getEncoder().encode(pdf));

        Attachment a = attachments.upload(
                customer.actor(),
                "doc.pdf",
                "application/pdf",
                Base64.getDecoder().wrap(encoded));

        assertThat(Files.readAllBytes(fileOf(a))).isEqualTo(pdf);
        assertThat(a.contentType()).isEqualTo("application/pdf");

        List<Path> before = allFiles();
        InputStream broken = Base64.getDecoder()
                .wrap(new ByteArrayInputStream(
                        ("JVBERi0xLjcg" + "A".repeat(2000) + "!!!notbase64").getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> attachments.upload(customer.actor(), "bad.pdf", "application/pdf", broken))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .containsExactly(new FieldError("file", "could not be read completely")));
        assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void expiredPendingUploadsArePurgedWithTheirFilesButBoundOnesStay() {
        Attachment expired = upload(customer, "forgotten");
        Attachment bound = upload(customer, "kept");
        Attachment fresh = upload(customer, "just uploaded");
        attachments.attach(customer.actor(), AttachFile.toTicket(bound.id(), ticket.id()));
        Timestamp twoDaysAgo =
                Timestamp.valueOf(LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(2));
        jdbc.update("UPDATE attachments SET created_at = ? WHERE id IN (?, ?)", twoDaysAgo, expired.id(), bound.id());

        int purged = attachments.purgeExpiredPending();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(fileOf(expired)).doesNotExist();
        assertThatThrownBy(() -> queries.get(customer.actor(), expired.id())).isInstanceOf(DomainException.class);
        assertThat(fileOf(bound)).exists();
        assertThat(fileOf(fresh)).exists();
        assertThat(queries.get(customer.actor(), fresh.id()).pending()).isTrue();
    }

    @Test
    void deletingACommentDeletesItsFilesAfterCommit() {
        Comment comment = comments.add(customer.actor(), ticket.id(), "with a file", false);
        Attachment a = upload(customer, "on the comment");
        attachments.attach(customer.actor(), AttachFile.toComment(a.id(), comment.id()));

        comments.delete(new TestUsers(context).admin().actor(), ticket.id(), comment.id());

        assertThat(fileOf(a)).doesNotExist();
        assertThat(queries.ofTickets(customer.actor(), List.of(ticket.id()))).isEmpty();
    }
}
