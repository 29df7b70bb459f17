package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.AssetCriteria;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetSearch;
import io.polydesk.persistence.support.LikePatterns;
import io.polydesk.persistence.support.ListingWindow;
import java.util.List;

/**
 * The parameters of the asset listing statements: the criteria as plain getters for the dynamic SQL, the
 * text as an escaped {@code LIKE} pattern, and the sort as SQL taken from a fixed list, never from input.
 */
public final class AssetQuery extends ListingWindow {

    private final AssetCriteria criteria;
    private final AssetOrder order;

    private AssetQuery(
            AssetCriteria criteria, AssetOrder order, Long afterId, Object afterValue, long offset, int limit) {
        super(order.descending(), afterId, afterValue, offset, limit);
        this.criteria = criteria;
        this.order = order;
    }

    /** The rows of one page; a keyset position needs the value of the sort column that goes with its id. */
    public static AssetQuery page(AssetSearch search) {
        AssetOrder order = search.order() == null ? AssetOrder.NEWEST_FIRST : search.order();
        Object afterValue = switch (order.field()) {
            case ID -> search.afterId();
            case NAME -> search.afterName();
            case CREATED_AT, UPDATED_AT -> search.afterTime();
        };
        if (search.afterId() != null && afterValue == null) {
            throw new IllegalArgumentException("A keyset position in " + order.field() + " order needs its value");
        }
        return new AssetQuery(search.criteria(), order, search.afterId(), afterValue, search.offset(), search.limit());
    }

    /** The filter alone, for counting. */
    public static AssetQuery count(AssetCriteria criteria) {
        return new AssetQuery(criteria, AssetOrder.NEWEST_FIRST, null, null, 0, 0);
    }

    /** The alternatives of an OR, each as the parameters of its own conditions. */
    public List<AssetQuery> getAnyOf() {
        return criteria.anyOf().stream().map(AssetQuery::count).toList();
    }

    public List<Long> getTypeIds() {
        return criteria.typeIds();
    }

    public Long getStatusId() {
        return criteria.statusId();
    }

    public List<Long> getLocationIds() {
        return criteria.locationIds();
    }

    public Long getOwnerId() {
        return criteria.ownerId();
    }

    public Long getAssignedUserId() {
        return criteria.assignedUserId();
    }

    public String getTag() {
        return criteria.tag();
    }

    public String getTextPattern() {
        return LikePatterns.contains(criteria.text());
    }

    public Long getVisibleTo() {
        return criteria.visibleTo();
    }

    /** SQL from a fixed list; the statement splices it in with {@code ${}}. */
    public String getSortColumn() {
        return switch (order.field()) {
            case ID -> "a.id";
            case NAME -> "a.name";
            case CREATED_AT -> "a.created_at";
            case UPDATED_AT -> "a.updated_at";
        };
    }

    public boolean isSortById() {
        return order.field() == AssetOrder.Field.ID;
    }
}
