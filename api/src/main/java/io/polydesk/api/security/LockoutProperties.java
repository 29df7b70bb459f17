package io.polydesk.api.security;

import io.polydesk.domain.user.LockoutPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Wrong passwords in a row that block sign-in, under {@code polydesk.security.lockout}.
 *
 * @param accountFailures failures in a row for one login before it is blocked
 * @param addressFailures failures in a row from one client address before it is blocked
 * @param block how long a block lasts
 */
@ConfigurationProperties("polydesk.security.lockout")
public record LockoutProperties(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("5m") Duration block) {

    LockoutPolicy policy() {
        return new LockoutPolicy(accountFailures, addressFailures, block);
    }
}
