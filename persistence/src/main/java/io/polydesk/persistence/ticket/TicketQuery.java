package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.TicketCriteria;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketSearch;
import io.polydesk.persistence.support.LikePatterns;
import io.polydesk.persistence.support.ListingWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The parameters of the ticket listing statements: the criteria as plain getters for the dynamic SQL, the
 * text as an escaped {@code LIKE} pattern, and the sort as SQL taken from a fixed list, never from input.
 */
public final class TicketQuery extends ListingWindow {

    private final TicketCriteria criteria;
    private final TicketOrder order;

    private TicketQuery(
            TicketCriteria criteria, TicketOrder order, Long afterId, Object afterValue, long offset, int limit) {
        super(order.descending(), afterId, afterValue, offset, limit);
        this.criteria = criteria;
        this.order = order;
    }

    /** The rows of one page; a keyset position needs the value of the sort column that goes with its id. */
    public static TicketQuery page(TicketSearch search) {
        TicketOrder order = search.order() == null ? TicketOrder.NEWEST_FIRST : search.order();
        Object afterValue = switch (order.field()) {
            case ID -> search.afterId();
            case CREATED_AT, UPDATED_AT -> search.afterTime();
            case PRIORITY -> search.afterLevel();
        };
        if (search.afterId() != null && afterValue == null) {
            throw new IllegalArgumentException("A keyset position in " + order.field() + " order needs its value");
        }
        return new TicketQuery(search.criteria(), order, search.afterId(), afterValue, search.offset(), search.limit());
    }

    /** The filter alone, for counting. */
    public static TicketQuery count(TicketCriteria criteria) {
        return new TicketQuery(criteria, TicketOrder.NEWEST_FIRST, null, null, 0, 0);
    }

    /** The alternatives of an OR, each as the parameters of its own conditions. */
    public List<TicketQuery> getAnyOf() {
        return criteria.anyOf().stream().map(TicketQuery::count).toList();
    }

    public List<Long> getStatusIds() {
        return criteria.statusIds() == null ? List.of() : criteria.statusIds();
    }

    public List<Long> getPriorityIds() {
        return criteria.priorityIds() == null ? List.of() : criteria.priorityIds();
    }

    public Long getAssigneeId() {
        return criteria.assigneeId();
    }

    public Boolean getAssigned() {
        return criteria.assigned();
    }

    public Long getRequesterId() {
        return criteria.requesterId();
    }

    public Long getProjectId() {
        return criteria.projectId();
    }

    public List<Long> getProjectIds() {
        return criteria.projectIds();
    }

    public Long getFollowerId() {
        return criteria.followerId();
    }

    public Long getCompanyId() {
        return criteria.companyId();
    }

    public String getTag() {
        return criteria.tag();
    }

    public List<Long> getTeamIds() {
        return criteria.inbox().teamIds();
    }

    public List<Long> getTeamIdsNot() {
        return criteria.inbox().teamIdsNot();
    }

    public List<Long> getTypeIds() {
        return criteria.inbox().typeIds();
    }

    public List<Long> getStatusIdsNot() {
        return criteria.inbox().statusIdsNot();
    }

    /** Tag names in lower case, as {@code tagName} compares them. */
    public List<String> getTagsAll() {
        return criteria.inbox().tagsAll();
    }

    public List<String> getTagsAny() {
        return criteria.inbox().tagsAny();
    }

    public List<String> getTagsNone() {
        return criteria.inbox().tagsNone();
    }

    public List<Long> getIds() {
        return criteria.ids();
    }

    public String getTextPattern() {
        return LikePatterns.contains(criteria.text());
    }

    public Instant getCreatedFrom() {
        return criteria.createdFrom();
    }

    public Instant getCreatedTo() {
        return criteria.createdTo();
    }

    public Instant getUpdatedFrom() {
        return criteria.updatedFrom();
    }

    public Instant getUpdatedTo() {
        return criteria.updatedTo();
    }

    public LocalDate getDueFrom() {
        return criteria.dueFrom();
    }

    public LocalDate getDueTo() {
        return criteria.dueTo();
    }

    public Boolean getSlaBreached() {
        return criteria.slaBreached();
    }

    public Instant getSlaAsOf() {
        return criteria.slaAsOf();
    }

    public Instant getSlaDueBefore() {
        return criteria.slaDueBefore();
    }

    /** SQL from a fixed list; the statement splices it in with {@code ${}}. */
    public String getSortColumn() {
        return switch (order.field()) {
            case ID -> "t.id";
            case CREATED_AT -> "t.created_at";
            case UPDATED_AT -> "t.updated_at";
            case PRIORITY -> "p.level";
        };
    }

    public boolean isSortById() {
        return order.field() == TicketOrder.Field.ID;
    }

    public boolean isSortByPriority() {
        return order.field() == TicketOrder.Field.PRIORITY;
    }
}
