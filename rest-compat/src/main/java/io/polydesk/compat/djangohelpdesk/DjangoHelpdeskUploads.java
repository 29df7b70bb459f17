package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Stores multipart files as the caller's pending uploads, to be attached by the domain write that follows. */
@Component
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskUploads {

    private final AttachmentService attachments;

    DjangoHelpdeskUploads(AttachmentService attachments) {
        this.attachments = attachments;
    }

    List<Long> store(Actor actor, List<MultipartFile> files) {
        List<Long> ids = new ArrayList<>();
        for (MultipartFile file : files) {
            try (InputStream content = file.getInputStream()) {
                ids.add(attachments
                        .upload(actor, file.getOriginalFilename(), file.getContentType(), content)
                        .id());
            } catch (IOException e) {
                throw RequestRejected.message(HttpStatus.BAD_REQUEST, "The file could not be read completely.");
            }
        }
        return ids;
    }
}
