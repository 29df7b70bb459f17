package io.polydesk.domain.ticket;

import io.polydesk.domain.merge.UserMergeParticipant;
import org.springframework.stereotype.Component;

/** A merged user keeps following what they followed, as the target user. */
@Component
class SubscriptionsFollowMergedUsers implements UserMergeParticipant {

    private final TicketSubscriberRepository subscribers;

    SubscriptionsFollowMergedUsers(TicketSubscriberRepository subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    public void usersMerged(long sourceId, long targetId) {
        subscribers.moveSubscriptions(sourceId, targetId);
    }
}
