package io.polydesk.api.attachment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentContent;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.attachment.AttachmentSettings;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files over plain HTTP, since GraphQL over HTTP carries none: an upload (multipart, or base64 inside JSON as
 * some dialects send files) answers an attachment id that GraphQL mutations then bind, and a download streams
 * the bytes with headers that keep browsers from running them.
 */
@RestController
class AttachmentHttpController {

    static final String PATH = "/attachments";

    private final AttachmentService attachments;
    private final AttachmentQueries queries;
    private final AttachmentSettings settings;

    AttachmentHttpController(AttachmentService attachments, AttachmentQueries queries, AttachmentSettings settings) {
        this.attachments = attachments;
        this.queries = queries;
        this.settings = settings;
    }

    /** What an upload answers; the id is a string, as GraphQL IDs are. */
    record UploadedAttachment(String id, String fileName, String contentType, long size, String sha256) {
        static UploadedAttachment of(Attachment a) {
            return new UploadedAttachment(Long.toString(a.id()), a.fileName(), a.contentType(), a.size(), a.sha256());
        }
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadedAttachment> upload(
            @RequestPart("file") MultipartFile file, @AuthenticationPrincipal Actor actor) throws IOException {
        Actor.require(actor);
        if (file.getSize() > settings.maxSize()) {
            throw new UploadTooLarge(settings.maxSize());
        }
        Attachment attachment;
        try (InputStream content = file.getInputStream()) {
            attachment = attachments.upload(actor, file.getOriginalFilename(), file.getContentType(), content);
        }
        return created(attachment);
    }

    /** The JSON form of an upload: the file as base64 text; {@code mime_type} is optional. */
    record JsonUpload(
            String filename, @JsonProperty("mime_type") String mimeType, String content) {}

    /** Everything is checked before a byte is stored, so a refused upload leaves no file behind. */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UploadedAttachment> uploadJson(
            @RequestBody(required = false) JsonUpload body, @AuthenticationPrincipal Actor actor) throws IOException {
        Actor.require(actor);
        if (body == null) {
            throw DomainException.invalid("content", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.filename() == null || body.filename().isBlank()) {
            errors.add(new FieldError("filename", "is required"));
        }
        Base64Content content = null;
        if (body.content() == null) {
            errors.add(new FieldError("content", "is required"));
        } else {
            content = Base64Content.parse(body.content());
            if (content == null) {
                errors.add(new FieldError("content", "is not valid base64"));
            } else if (content.decodedSize() == 0) {
                errors.add(new FieldError("content", "must not be empty"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (content.decodedSize() > settings.maxSize()) {
            throw new UploadTooLarge(settings.maxSize());
        }
        Attachment attachment;
        try (InputStream decoded = content.open()) {
            attachment = attachments.upload(actor, body.filename(), body.mimeType(), decoded);
        }
        return created(attachment);
    }

    private static ResponseEntity<UploadedAttachment> created(Attachment attachment) {
        return ResponseEntity.created(URI.create(PATH + "/" + attachment.id())).body(UploadedAttachment.of(attachment));
    }

    @GetMapping(PATH + "/{id}")
    void download(@PathVariable String id, @AuthenticationPrincipal Actor actor, HttpServletResponse response)
            throws IOException {
        AttachmentContent found = queries.open(actor, parseId(id));
        Attachment attachment = found.attachment();
        try (InputStream content = found.content()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(attachment.contentType());
            response.setContentLengthLong(attachment.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(attachment.fileName()));
            response.setHeader("X-Content-Type-Options", "nosniff");
            // A file opened directly must not run scripts or load anything, whatever it turns out to be.
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            OutputStream out = response.getOutputStream();
            content.transferTo(out);
            out.flush();
        }
    }

    /** An id that is not a number names no attachment. */
    private static long parseId(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below as not found, like any other id that names nothing
        }
        throw DomainException.notFound("Attachment", raw.length() > 40 ? raw.substring(0, 40) : raw);
    }

    /** The file is larger than {@code polydesk.attachments.max-size}: HTTP's 413 rather than a plain 400. */
    static final class UploadTooLarge extends RuntimeException {
        UploadTooLarge(long limit) {
            super("The file is larger than " + limit + " bytes", null, false, false);
        }
    }
}
