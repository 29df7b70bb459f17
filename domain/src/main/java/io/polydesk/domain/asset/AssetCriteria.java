package io.polydesk.domain.asset;

import java.util.List;

/**
 * A filter resolved for the database: tree filters expanded to id lists, visibility applied. An empty id list
 * does not filter; {@code visibleTo} keeps only assets that user owns or is assigned to; {@code nothing}
 * means no row can match; {@code anyOf}, when not empty, also requires one of those criteria to hold.
 */
public record AssetCriteria(
        List<Long> typeIds,
        Long statusId,
        List<Long> locationIds,
        Long ownerId,
        Long assignedUserId,
        String tag,
        String text,
        Long visibleTo,
        boolean nothing,
        List<AssetCriteria> anyOf) {

    public AssetCriteria {
        typeIds = typeIds == null ? List.of() : List.copyOf(typeIds);
        locationIds = locationIds == null ? List.of() : List.copyOf(locationIds);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /**
     * Assets matching any of {@code alternatives}, each resolved on its own (visibility included), in one statement.
     * Alternatives that can match nothing drop out; with none left, nothing matches.
     */
    public static AssetCriteria anyOf(List<AssetCriteria> alternatives) {
        List<AssetCriteria> possible =
                alternatives.stream().filter(c -> !c.nothing()).toList();
        if (possible.size() == 1) {
            return possible.get(0);
        }
        return builder().nothing(possible.isEmpty()).anyOf(possible).build();
    }

    public static AssetCriteria all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds criteria field by field; every field left out does not filter. */
    public static final class Builder {
        private List<Long> typeIds;
        private Long statusId;
        private List<Long> locationIds;
        private Long ownerId;
        private Long assignedUserId;
        private String tag;
        private String text;
        private Long visibleTo;
        private List<AssetCriteria> anyOf;
        private boolean nothing;

        public Builder typeIds(List<Long> value) {
            typeIds = value;
            return this;
        }

        public Builder statusId(Long value) {
            statusId = value;
            return this;
        }

        public Builder locationIds(List<Long> value) {
            locationIds = value;
            return this;
        }

        public Builder ownerId(Long value) {
            ownerId = value;
            return this;
        }

        public Builder assignedUserId(Long value) {
            assignedUserId = value;
            return this;
        }

        public Builder tag(String value) {
            tag = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder visibleTo(Long value) {
            visibleTo = value;
            return this;
        }

        public Builder nothing(boolean value) {
            nothing = value;
            return this;
        }

        public Builder anyOf(List<AssetCriteria> value) {
            anyOf = value;
            return this;
        }

        public AssetCriteria build() {
            return new AssetCriteria(
                    typeIds, statusId, locationIds, ownerId, assignedUserId, tag, text, visibleTo, nothing, anyOf);
        }
    }
}
