package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Validation;
import java.util.List;

/** Sizes the schema allows, checked before anything is written. */
final class TicketLimits {

    static final int TITLE = 255;
    static final int DESCRIPTION = 65_535;
    static final int RESOLUTION = 65_535;
    static final int TAG = 50;
    static final int TAGS = 50;

    private TicketLimits() {}

    static void checkTags(List<String> tags) {
        if (tags == null) {
            return;
        }
        Validation v = new Validation().check(tags.size() <= TAGS, "tags", "at most " + TAGS + " tags");
        for (String tag : tags) {
            v.check(
                    tag != null && !tag.isBlank() && tag.strip().length() <= TAG,
                    "tags",
                    "each tag must be 1 to " + TAG + " characters");
        }
        v.throwIfInvalid();
    }
}
