package io.polydesk.domain.template;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned responses. The library is shared: every agent and administrator reads and applies every template and
 * may add new ones; only the template's author or an administrator changes or deletes it.
 */
@Service
public class CommentTemplateService {

    static final int MAX_NAME = 150;
    static final int MAX_BODY = 65_535;

    private final CommentTemplateRepository templates;
    private final CommentService comments;
    private final TicketAccess access;
    private final UserRepository users;
    private final Clock clock;

    public CommentTemplateService(
            CommentTemplateRepository templates,
            CommentService comments,
            TicketAccess access,
            UserRepository users,
            Clock clock) {
        this.templates = templates;
        this.comments = comments;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public CommentTemplate create(Actor actor, String name, String body) {
        Actor.requireStaff(actor);
        check(name, body, true, true);
        String clean = name.strip();
        if (templates.nameTaken(clean, null)) {
            throw DomainException.conflict("A comment template named '" + clean + "' already exists");
        }
        Instant now = now();
        long id = templates.insert(new CommentTemplate(0, clean, body, actor.userId(), now, now));
        return templates.findById(id).orElseThrow();
    }

    @Transactional
    public CommentTemplate update(Actor actor, long templateId, Change<String> name, Change<String> body) {
        CommentTemplate current = own(actor, templateId);
        check(name.value(), body.value(), name.isPresent(), body.isPresent());
        String newName = name.map(String::strip).orElse(current.name());
        if (!newName.equalsIgnoreCase(current.name()) && templates.nameTaken(newName, templateId)) {
            throw DomainException.conflict("A comment template named '" + newName + "' already exists");
        }
        templates.update(new CommentTemplate(
                templateId, newName, body.orElse(current.body()), current.createdBy(), current.createdAt(), now()));
        return templates.findById(templateId).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long templateId) {
        own(actor, templateId);
        templates.delete(templateId);
    }

    /** Renders the template for the ticket and adds it as a comment by the caller, internal or public. */
    @Transactional
    public Comment apply(Actor actor, long ticketId, long templateId, boolean internal) {
        Actor.requireStaff(actor);
        Ticket ticket = access.visible(actor, ticketId);
        CommentTemplate template = templates
                .findById(templateId)
                .orElseThrow(() -> DomainException.notFound("Comment template", templateId));
        Map<String, String> values = new HashMap<>();
        values.put("ticket.number", ticket.number());
        values.put("ticket.title", ticket.title());
        values.put(
                "requester.name",
                users.findById(ticket.requesterId()).map(User::fullName).orElse(null));
        values.put(
                "agent.name", users.findById(actor.userId()).map(User::fullName).orElse(actor.username()));
        return comments.add(actor, ticketId, TemplateRenderer.render(template.body(), values), internal);
    }

    private CommentTemplate own(Actor actor, long templateId) {
        Actor.requireStaff(actor);
        CommentTemplate template = templates
                .findById(templateId)
                .orElseThrow(() -> DomainException.notFound("Comment template", templateId));
        boolean author = template.createdBy() != null && template.createdBy() == actor.userId();
        if (!author && !actor.isAdmin()) {
            throw DomainException.forbidden("Only the template's author or an administrator may change it");
        }
        return template;
    }

    private static void check(String name, String body, boolean checkName, boolean checkBody) {
        Validation v = new Validation();
        if (checkName) {
            v.required(name, "name").maxLength(name == null ? null : name.strip(), MAX_NAME, "name");
        }
        if (checkBody) {
            v.required(body, "body").maxLength(body, MAX_BODY, "body");
            TemplateRenderer.checkPlaceholders(body, "body", v);
        }
        v.throwIfInvalid();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
