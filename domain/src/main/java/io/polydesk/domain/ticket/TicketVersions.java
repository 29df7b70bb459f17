package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.StaleVersionException;

/** The optimistic-locking rule every ticket write shares: a write against an older version is a conflict. */
final class TicketVersions {

    private TicketVersions() {}

    /** Refuses the write when the caller names a version and it is not the current one. */
    static void check(Ticket current, Integer expectedLockVersion) {
        if (expectedLockVersion != null && expectedLockVersion != current.lockVersion()) {
            throw stale(current);
        }
    }

    static DomainException stale(Ticket current) {
        return new StaleVersionException("Ticket " + current.id() + " was changed by someone else (now at version "
                + current.lockVersion() + "); reload it and try again");
    }
}
