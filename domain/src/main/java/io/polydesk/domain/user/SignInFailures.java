package io.polydesk.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins in a row, per key (an account or a client address), and the blocks they earned. */
public interface SignInFailures {

    /** When the key's block ends, if it is blocked now. */
    Optional<Instant> blockedUntil(String key, Instant now);

    /** Counts a failure; the {@code threshold}-th in a row blocks the key for {@code block}. */
    void failed(String key, int threshold, Duration block, Instant now);

    /** A success ends the run of failures. */
    void succeeded(String key);
}
