package io.polydesk.domain.shared;

import java.util.List;

/**
 * A write against a version the caller read before someone else's write: a {@link ErrorCode#CONFLICT} that a
 * surface may tell apart, because reloading and retrying does help.
 */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String message) {
        super(ErrorCode.CONFLICT, message, List.of());
    }
}
