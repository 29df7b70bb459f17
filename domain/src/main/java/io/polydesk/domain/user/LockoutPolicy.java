package io.polydesk.domain.user;

import java.time.Duration;

/**
 * How many wrong passwords in a row block an account or a client address, and for how long.
 *
 * @param accountFailures failures in a row, for one login, that block that login
 * @param addressFailures failures in a row, from one client address, that block that address
 * @param block how long a block lasts
 */
public record LockoutPolicy(int accountFailures, int addressFailures, Duration block) {

    public LockoutPolicy {
        if (accountFailures < 1 || addressFailures < 1 || block == null || block.isNegative() || block.isZero()) {
            throw new IllegalArgumentException("A lockout policy needs positive thresholds and a positive block");
        }
    }
}
