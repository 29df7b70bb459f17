package io.polydesk.domain.merge;

import io.polydesk.domain.ticket.TicketSubscriberRepository;
import org.springframework.stereotype.Component;

/**
 * A merged user keeps following what they followed, as the target user. It lives here, not with tickets, because
 * tickets must not depend on merges.
 */
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
