package io.polydesk.domain.asset;

/** A sort the asset listings offer; each has an index behind it. Ties break on the id. */
public record AssetOrder(Field field, boolean descending) {

    public enum Field {
        ID,
        NAME,
        CREATED_AT,
        UPDATED_AT
    }

    public static final AssetOrder NEWEST_FIRST = new AssetOrder(Field.CREATED_AT, true);
    public static final AssetOrder BY_NAME = new AssetOrder(Field.NAME, false);
}
