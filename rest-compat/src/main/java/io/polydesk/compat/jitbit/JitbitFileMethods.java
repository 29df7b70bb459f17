package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.AttachmentContent;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.ticket.TicketQueries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Files: {@code Attachments} (a ticket's, and its comments' as the caller may see them), {@code Attachment} (the
 * bytes, named in {@code Content-Disposition}), {@code AttachFile} (multipart upload onto a ticket) and
 * {@code DeleteFile}.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitFileMethods implements JitbitMethods {

    private final TicketQueries tickets;
    private final AttachmentQueries queries;
    private final AttachmentService attachments;
    private final JitbitAttachmentConverter converter;
    private final JitbitUploads uploads;

    JitbitFileMethods(
            TicketQueries tickets,
            AttachmentQueries queries,
            AttachmentService attachments,
            JitbitAttachmentConverter converter,
            JitbitUploads uploads) {
        this.tickets = tickets;
        this.queries = queries;
        this.attachments = attachments;
        this.converter = converter;
        this.uploads = uploads;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read("Attachments", call -> {
            long ticketId = call.requiredId("id");
            tickets.get(call.actor(), ticketId);
            return queries.ofTickets(call.actor(), List.of(ticketId)).getOrDefault(ticketId, List.of()).stream()
                    .map(converter::toAttachment)
                    .toList();
        });
        routes.read("Attachment", this::download);
        routes.write("AttachFile", call -> {
            long ticketId = call.requiredId("id");
            var files = call.files("uploadfile", "file");
            if (files.isEmpty()) {
                call.params().reject("uploadFile", "is required: send the file as a multipart part");
            }
            call.params().validate();
            tickets.get(call.actor(), ticketId);
            uploads.attachToTicket(call.actor(), ticketId, files);
            return null;
        });
        routes.writeByGet("DeleteFile", call -> {
            attachments.delete(call.actor(), call.requiredId("id"));
            return null;
        });
    }

    private ResponseEntity<InputStreamResource> download(JitbitCall call) {
        AttachmentContent file = queries.open(call.actor(), call.requiredId("id"));
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.attachment().contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.attachment().size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.attachment().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }
}
