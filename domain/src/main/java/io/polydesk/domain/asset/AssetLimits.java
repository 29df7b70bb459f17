package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Validation;
import java.util.List;

/** Sizes the schema allows, checked before anything is written. */
public final class AssetLimits {

    public static final int NAME = 255;
    public static final int DESCRIPTION = 65_535;
    public static final int SHORT_TEXT = 255;
    public static final int TAG = 50;
    public static final int TAGS = 50;
    public static final int USERS = 100;
    public static final int NOTE = 65_535;
    public static final int TYPE_NAME = 100;
    public static final int ICON = 64;
    public static final int LOCATION_NAME = 150;

    private AssetLimits() {}

    static void checkTags(List<String> tags, Validation v) {
        if (tags == null) {
            return;
        }
        v.check(tags.size() <= TAGS, "tags", "at most " + TAGS + " tags");
        for (String tag : tags) {
            if (tag == null || tag.isBlank() || tag.strip().length() > TAG) {
                v.add("tags", "each tag must be 1 to " + TAG + " characters");
                return;
            }
        }
    }

    static void checkUsers(List<Long> userIds, Validation v) {
        if (userIds == null) {
            return;
        }
        v.check(userIds.size() <= USERS, "userIds", "at most " + USERS + " users")
                .check(userIds.stream().allMatch(java.util.Objects::nonNull), "userIds", "must not contain null");
    }

    static void checkShortTexts(
            Validation v, String model, String serialNumber, String controlNumber, String purchaseOrder) {
        v.maxLength(model, SHORT_TEXT, "model")
                .maxLength(serialNumber, SHORT_TEXT, "serialNumber")
                .maxLength(controlNumber, SHORT_TEXT, "controlNumber")
                .maxLength(purchaseOrder, SHORT_TEXT, "purchaseOrder");
    }
}
