package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentContent;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Polydesk's own stand-in for BOSSDesk's S3 bucket, reached without credentials: {@code secure_url} downloads and
 * the upload form's {@code post_url}. Each request carries the signature that authorises it, for the user it was
 * issued to; a bad or expired one is 403.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskFileController {

    private final BossDeskFiles files;
    private final AttachmentQueries attachments;
    private final AttachmentService service;

    BossDeskFileController(BossDeskFiles files, AttachmentQueries attachments, AttachmentService service) {
        this.files = files;
        this.attachments = attachments;
        this.service = service;
    }

    @GetMapping(BossDeskFiles.FILES + "{id}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id,
            @RequestParam(required = false) Long user,
            @RequestParam(required = false) Long expires,
            @RequestParam(required = false) String signature) {
        Actor actor = user == null || expires == null
                ? null
                : files.downloader(id, user, expires, signature).orElse(null);
        if (actor == null) {
            throw DomainException.forbidden("the link is invalid or has expired");
        }
        AttachmentContent content = attachments.open(actor, id);
        Attachment a = content.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.content()));
    }

    /** Step two of the upload: answers as S3 does, 201 with an XML {@code PostResponse} naming the key. */
    @PostMapping(BossDeskDialect.UPLOADS)
    ResponseEntity<String> upload(
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String policy,
            @RequestParam(name = "x-amz-signature", required = false) String signature,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        Actor actor =
                policy == null ? null : files.uploader(policy, signature, key).orElse(null);
        if (actor == null) {
            throw DomainException.forbidden("the upload policy is invalid or has expired");
        }
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", BossDeskErrors.BLANK);
        }
        Attachment pending;
        try (InputStream in = file.getInputStream()) {
            pending = service.upload(actor, file.getOriginalFilename(), file.getContentType(), in);
        }
        String tmpKey = files.tmpKey(actor, pending);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PostResponse><Location>"
                + xml(files.absolute("/" + tmpKey)) + "</Location><Bucket>polydesk</Bucket><Key>" + xml(tmpKey)
                + "</Key><ETag>\"" + pending.sha256() + "\"</ETag></PostResponse>";
        return ResponseEntity.status(HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_XML)
                .body(xml);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
