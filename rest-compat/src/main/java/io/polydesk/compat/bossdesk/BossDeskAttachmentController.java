package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.AttachmentDetail;
import io.polydesk.compat.bossdesk.dto.UploadForm;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.attachment.OwnerKind;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Attachments of tickets, comments and CIs as BOSSDesk shows them, each with a signed, expiring {@code secure_url};
 * and the CI's two-step upload ({@code attachments/new}, the post to {@code /uploads}, then {@code tmp_key}).
 * An attachment must belong to the object in the path. Polydesk keeps no description of a file: always null.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskAttachmentController {

    private final BossDeskTickets tickets;
    private final AssetQueries assets;
    private final AttachmentQueries attachments;
    private final AttachmentService service;
    private final BossDeskFiles files;

    BossDeskAttachmentController(
            BossDeskTickets tickets,
            AssetQueries assets,
            AttachmentQueries attachments,
            AttachmentService service,
            BossDeskFiles files) {
        this.tickets = tickets;
        this.assets = assets;
        this.attachments = attachments;
        this.service = service;
        this.files = files;
    }

    @GetMapping("/tickets/{friendlyId}/attachments/{id}")
    AttachmentDetail ofTicket(
            @AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        Actor.requireStaff(actor);
        return ticketFile(actor, tickets.byFriendlyId(actor, friendlyId), null, id);
    }

    @GetMapping("/tickets/{friendlyId}/comments/{commentId}/attachments/{id}")
    AttachmentDetail ofComment(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @PathVariable long commentId,
            @PathVariable long id) {
        Actor.requireStaff(actor);
        return ticketFile(actor, tickets.byFriendlyId(actor, friendlyId), commentId, id);
    }

    @GetMapping("/my/tickets/{friendlyId}/attachments/{id}")
    AttachmentDetail ofMyTicket(
            @AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        return ticketFile(actor, own(actor, friendlyId), null, id);
    }

    @GetMapping("/my/tickets/{friendlyId}/comments/{commentId}/attachments/{id}")
    AttachmentDetail ofMyComment(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @PathVariable long commentId,
            @PathVariable long id) {
        return ticketFile(actor, own(actor, friendlyId), commentId, id);
    }

    @GetMapping("/cis/{friendlyId}/attachments/{id}")
    AttachmentDetail ofCi(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        return files.detail(actor, ciFile(actor, friendlyId, id));
    }

    /** Step one: where to post the file, with signed fields valid for the link lifetime. */
    @GetMapping("/cis/{friendlyId}/attachments/new")
    UploadForm newUpload(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        Actor.requireStaff(actor);
        Asset ci = assets.get(actor, friendlyId);
        String[] policy = files.policy(actor, ci.id(), UUID.randomUUID().toString());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", policy[2]);
        fields.put("acl", "private");
        fields.put("success_action_status", "201");
        fields.put("policy", policy[0]);
        fields.put("x-amz-algorithm", "POLYDESK-HMAC-SHA256");
        fields.put("x-amz-signature", policy[1]);
        return new UploadForm(files.absolute(BossDeskDialect.UPLOADS), fields);
    }

    /** Step three: the uploaded file, named by its {@code tmp_key}, becomes the CI's attachment. */
    @PostMapping("/cis/{friendlyId}/attachments")
    ResponseEntity<AttachmentDetail> attach(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        Asset ci = assets.get(actor, friendlyId);
        JsonBody fields = BossDeskParams.require(body, "attachment");
        Change<String> tmpKey = fields.text("tmp_key");
        fields.text("description");
        if (tmpKey.value() == null || tmpKey.value().isBlank()) {
            fields.reject("tmp_key", BossDeskErrors.BLANK);
        }
        fields.validate();
        long pending = files.pendingId(actor, tmpKey.value());
        Attachment attached = service.attach(actor, AttachFile.toAsset(pending, ci.id()));
        return ResponseEntity.status(HttpStatus.CREATED).body(files.detail(actor, attached));
    }

    /** The description is not kept by Polydesk; the answer is the attachment as it is. */
    @PatchMapping("/cis/{friendlyId}/attachments/{id}")
    AttachmentDetail update(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @PathVariable long id,
            @RequestBody(required = false) JsonNode body) {
        Attachment attachment = ciFile(actor, friendlyId, id);
        BossDeskParams.require(body, "attachment").text("description");
        return files.detail(actor, attachment);
    }

    @DeleteMapping("/cis/{friendlyId}/attachments/{id}")
    AttachmentDetail delete(
            @AuthenticationPrincipal Actor actor, @PathVariable long friendlyId, @PathVariable long id) {
        Attachment attachment = ciFile(actor, friendlyId, id);
        AttachmentDetail shown = files.detail(actor, attachment);
        service.delete(actor, attachment.id());
        return shown;
    }

    private AttachmentDetail ticketFile(Actor actor, Ticket ticket, Long commentId, long id) {
        Attachment a = attachments.get(actor, id);
        if (!Objects.equals(a.ticketId(), ticket.id()) || !Objects.equals(a.commentId(), commentId)) {
            throw DomainException.notFound("Attachment", id);
        }
        return files.detail(actor, a);
    }

    private Attachment ciFile(Actor actor, long friendlyId, long id) {
        Actor.requireStaff(actor);
        Asset ci = assets.get(actor, friendlyId);
        Attachment a = attachments.get(actor, id);
        if (a.ownerKind() != OwnerKind.ASSET || !Objects.equals(a.ownerId(), ci.id())) {
            throw DomainException.notFound("Attachment", id);
        }
        return a;
    }

    private Ticket own(Actor actor, long friendlyId) {
        return tickets.ownByFriendlyId(actor, friendlyId);
    }
}
