package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Multipart files sent with a Jitbit call: stored as pending uploads first (so a refused file stops the call before
 * anything else is written), then bound to the ticket, comment or asset the call made or named.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitUploads {

    private final AttachmentService attachments;

    JitbitUploads(AttachmentService attachments) {
        this.attachments = attachments;
    }

    List<Long> upload(Actor actor, List<MultipartFile> files) {
        List<Long> ids = new ArrayList<>();
        for (MultipartFile file : files) {
            try (InputStream content = file.getInputStream()) {
                Attachment stored =
                        attachments.upload(actor, file.getOriginalFilename(), file.getContentType(), content);
                ids.add(stored.id());
            } catch (IOException e) {
                throw RequestRejected.message(HttpStatus.BAD_REQUEST, "The file could not be read");
            }
        }
        return ids;
    }

    void attachToTicket(Actor actor, List<Long> uploads, long ticketId) {
        uploads.forEach(id -> attachments.attach(actor, new AttachFile(id, ticketId, null, null)));
    }

    void attachToComment(Actor actor, List<Long> uploads, long commentId) {
        uploads.forEach(id -> attachments.attach(actor, new AttachFile(id, null, commentId, null)));
    }

    void attachToAsset(Actor actor, List<Long> uploads, long assetId) {
        uploads.forEach(id -> attachments.attach(actor, new AttachFile(id, null, null, assetId)));
    }
}
