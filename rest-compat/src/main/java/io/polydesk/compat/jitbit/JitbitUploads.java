package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.InlineAttachments;
import io.polydesk.domain.attachment.InlineFile;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Multipart files sent with a Jitbit call, written with the ticket or comment the call makes in one transaction
 * ({@link InlineAttachments}): a refused file leaves neither the write nor any other file behind.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitUploads {

    private final InlineAttachments inline;

    JitbitUploads(InlineAttachments inline) {
        this.inline = inline;
    }

    Ticket createTicket(Actor actor, CreateTicket command, List<MultipartFile> files) {
        return inline.createTicket(actor, command, inlineFiles(files));
    }

    Comment addComment(Actor actor, long ticketId, String body, boolean internal, List<MultipartFile> files) {
        return inline.addComment(actor, ticketId, body, internal, inlineFiles(files));
    }

    void attachToTicket(Actor actor, long ticketId, List<MultipartFile> files) {
        inline.attachToTicket(actor, ticketId, inlineFiles(files));
    }

    private static List<InlineFile> inlineFiles(List<MultipartFile> files) {
        return files.stream()
                .map(file -> new InlineFile(file.getOriginalFilename(), file.getContentType(), () -> {
                    try {
                        return file.getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .toList();
    }
}
