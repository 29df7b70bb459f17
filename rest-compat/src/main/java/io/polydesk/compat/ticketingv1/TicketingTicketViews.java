package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.ticketingv1.TicketingTicketView.AuthoredComment;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticketview.TicketFacet;
import io.polydesk.domain.ticketview.TicketFacetQueries;
import io.polydesk.domain.ticketview.TicketFacets;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Loads what the Ticketing shapes of a batch of tickets point at: one query each for the people and the tags, and for
 * the detail its comments, then its tags, custom fields and files in one statement. Never a query per ticket.
 */
@Component
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingTicketViews {

    private final TicketQueries tickets;
    private final UserQueries users;
    private final CommentQueries comments;
    private final TicketFacetQueries facets;
    private final CustomFieldService customFields;

    TicketingTicketViews(
            TicketQueries tickets,
            UserQueries users,
            CommentQueries comments,
            TicketFacetQueries facets,
            CustomFieldService customFields) {
        this.tickets = tickets;
        this.users = users;
        this.comments = comments;
        this.facets = facets;
        this.customFields = customFields;
    }

    /** List rows: people and tags, in two queries for the whole page; list rows show no custom fields. */
    List<TicketingTicketView> rows(Actor actor, List<Ticket> page) {
        Map<Long, User> people = users.byIds(actor, peopleOf(page));
        Map<Long, List<Tag>> tags = tickets.tagsOf(page.stream().map(Ticket::id).toList());
        return page.stream()
                .map(t -> view(t, people, tags, Map.of(), List.of(), List.of()))
                .toList();
    }

    /** What create, update and webhooks answer: the row with its custom fields. */
    TicketingTicketView row(Actor actor, Ticket ticket) {
        Map<Long, User> people = users.byIds(actor, peopleOf(List.of(ticket)));
        TicketFacets facets =
                this.facets.of(actor, List.of(ticket.id()), EnumSet.of(TicketFacet.TAGS, TicketFacet.CUSTOM_FIELDS));
        return view(
                ticket,
                people,
                facets.tags(),
                customFields(actor, facets.customFieldsOf(ticket.id())),
                List.of(),
                List.of());
    }

    /** The detail: also the comments the caller may see, oldest first, and the files of the ticket and of those. */
    TicketingTicketView detail(Actor actor, Ticket ticket) {
        List<Comment> visible = comments.ofShownTicket(actor, ticket);
        Set<Long> ids = peopleOf(List.of(ticket));
        visible.stream().map(Comment::authorId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, User> people = users.byIds(actor, ids);
        List<AuthoredComment> authored = visible.stream()
                .map(c -> new AuthoredComment(c, c.authorId() == null ? null : people.get(c.authorId())))
                .toList();
        // Tags, custom fields and files come from one statement.
        TicketFacets facets = this.facets.of(
                actor,
                List.of(ticket.id()),
                EnumSet.of(TicketFacet.TAGS, TicketFacet.CUSTOM_FIELDS, TicketFacet.FILES));
        return view(
                ticket,
                people,
                facets.tags(),
                customFields(actor, facets.customFieldsOf(ticket.id())),
                authored,
                facets.filesOf(ticket.id()));
    }

    private TicketingTicketView view(
            Ticket t,
            Map<Long, User> people,
            Map<Long, List<Tag>> tags,
            Map<String, String> fields,
            List<AuthoredComment> authored,
            List<Attachment> files) {
        return new TicketingTicketView(
                t,
                TicketingVocabulary.status(tickets.status(t).key()),
                TicketingVocabulary.priority(tickets.priority(t).key()),
                people.get(t.requesterId()),
                t.assigneeId() == null ? null : people.get(t.assigneeId()),
                tags.getOrDefault(t.id(), List.of()).stream()
                        .map(Tag::name)
                        .sorted()
                        .toList(),
                fields,
                authored,
                files);
    }

    /** Custom field values keyed by the field's key, in the order the fields were defined. */
    private Map<String, String> customFields(Actor actor, List<CustomFieldValue> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        // A plain map: a field may hold no value, which Collectors.toMap refuses.
        Map<Long, String> byField = new HashMap<>();
        values.forEach(v -> byField.put(v.fieldId(), v.value()));
        Map<String, String> keyed = new LinkedHashMap<>();
        for (CustomFieldDefinition field : customFields.ticketFields(actor)) {
            if (byField.containsKey(field.id())) {
                keyed.put(field.key(), byField.get(field.id()));
            }
        }
        return keyed;
    }

    private static Set<Long> peopleOf(List<Ticket> page) {
        Set<Long> ids = new HashSet<>();
        for (Ticket t : page) {
            ids.add(t.requesterId());
            if (t.assigneeId() != null) {
                ids.add(t.assigneeId());
            }
        }
        return ids;
    }
}
