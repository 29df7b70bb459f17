package io.polydesk.domain.asset;

/**
 * What a caller asks to see; null fields do not filter. A type or location filter includes everything below
 * it in its tree, so "Computer" finds laptops and "Building A" finds its rooms. Visibility is added by the
 * queries, never by the caller.
 */
public record AssetFilter(
        Long typeId, Long statusId, Long locationId, Long ownerId, Long assignedUserId, String tag, String text) {

    public static AssetFilter none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this filter, for copies that change a few fields. */
    public Builder toBuilder() {
        return new Builder()
                .typeId(typeId)
                .statusId(statusId)
                .locationId(locationId)
                .ownerId(ownerId)
                .assignedUserId(assignedUserId)
                .tag(tag)
                .text(text);
    }

    /** Builds a filter field by field; every field left out does not filter. */
    public static final class Builder {
        private Long typeId;
        private Long statusId;
        private Long locationId;
        private Long ownerId;
        private Long assignedUserId;
        private String tag;
        private String text;

        public Builder typeId(Long value) {
            typeId = value;
            return this;
        }

        public Builder statusId(Long value) {
            statusId = value;
            return this;
        }

        public Builder locationId(Long value) {
            locationId = value;
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

        public AssetFilter build() {
            return new AssetFilter(typeId, statusId, locationId, ownerId, assignedUserId, tag, text);
        }
    }
}
