package io.polydesk.domain.user;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import java.util.List;

/** Too many wrong passwords in a row: no password is checked until the block ends. */
public class SignInBlocked extends DomainException {

    private final long retryAfterSeconds;

    public SignInBlocked(long retryAfterSeconds) {
        super(
                ErrorCode.UNAUTHENTICATED,
                "Too many failed sign-ins; try again in " + retryAfterSeconds + " seconds",
                List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
