package io.polydesk.persistence.support;

/**
 * The window part of a listing statement's parameters, shared by every keyset listing: direction, the
 * comparison that means "after" in it, the keyset position and the offset and limit, as getters for the SQL.
 */
public abstract class ListingWindow {

    private final boolean descending;
    private final Long afterId;
    private final Object afterValue;
    private final long offset;
    private final int limit;

    protected ListingWindow(boolean descending, Long afterId, Object afterValue, long offset, int limit) {
        this.descending = descending;
        this.afterId = afterId;
        this.afterValue = afterValue;
        this.offset = offset;
        this.limit = limit;
    }

    public String getDirection() {
        return descending ? "DESC" : "ASC";
    }

    /** "After" in the listing's own direction. */
    public String getAfter() {
        return descending ? "<" : ">";
    }

    public Long getAfterId() {
        return afterId;
    }

    public Object getAfterValue() {
        return afterValue;
    }

    public long getOffset() {
        return offset;
    }

    public int getLimit() {
        return limit;
    }
}
