package io.polydesk.domain.followup;

import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.time.LogTime;
import java.util.List;

/**
 * One update of a ticket's conversation, as helpdesks that bundle them send it: a comment, and optionally a new
 * title, a new status, time spent and pending uploads to attach to the comment.
 *
 * @param title the ticket's new title, or null to keep it
 * @param status the status key to move to, or null to keep it
 * @param minutes time spent to log for the caller today, or null
 */
public record FollowUp(
        String content, boolean internal, String title, String status, Integer minutes, List<Long> attachmentIds) {

    public FollowUp {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        Validation v = new Validation().required(content, "content");
        if (minutes != null) {
            v.check(
                    minutes > 0 && minutes <= LogTime.MAX_MINUTES,
                    "minutes",
                    "must be between 1 and " + LogTime.MAX_MINUTES);
        }
        v.throwIfInvalid();
    }
}
