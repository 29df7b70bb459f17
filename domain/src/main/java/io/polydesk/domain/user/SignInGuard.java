package io.polydesk.domain.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Every password check goes through here, so guessing is bounded: a run of wrong passwords for one account, or
 * from one client address, blocks further checks for a while, and a blocked check costs no hashing at all.
 * Answers are the same for an unknown login, a wrong password and an archived account, and so is the work.
 */
@Service
public class SignInGuard {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SignInFailures failures;
    private final LockoutPolicy policy;
    private final Clock clock;
    private volatile String decoyHash;

    public SignInGuard(
            UserRepository users, PasswordHasher hasher, SignInFailures failures, LockoutPolicy policy, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.failures = failures;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The account, when the login (username or e-mail) and password are right, it is active, and neither the
     * account nor the address is blocked.
     *
     * @param origin the client address the attempt comes from, or null when unknown (only the account counts)
     * @throws SignInBlocked while a block lasts, whatever the password
     */
    public Optional<User> verify(String login, String password, String origin) {
        if (login == null || login.isBlank() || password == null) {
            return Optional.empty();
        }
        Optional<User> account = users.findByLogin(login.trim());
        // Counted by the login as typed, known or not: were a username and its e-mail counted together, a block
        // reached through one would tell that the other names the same account. Each spelling of an account thus
        // has its own run, at the price of twice the guesses (the address's count still bounds them).
        String accountKey = "login:" + login.trim().toLowerCase(Locale.ROOT);
        List<String> keys = origin == null ? List.of(accountKey) : List.of(accountKey, "address:" + origin);
        Instant now = clock.instant();
        Optional<Instant> until = keys.stream()
                .map(key -> failures.blockedUntil(key, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        if (until.isPresent()) {
            throw new SignInBlocked(
                    Math.max(1, Duration.between(now, until.get()).toSeconds() + 1));
        }
        boolean matches =
                hasher.matches(password, account.map(User::passwordHash).orElseGet(this::decoyHash));
        Optional<User> verified = account.filter(u -> matches).filter(User::active);
        for (String key : keys) {
            if (verified.isPresent()) {
                failures.succeeded(key);
            } else {
                int threshold = key.equals(accountKey) ? policy.accountFailures() : policy.addressFailures();
                failures.failed(key, threshold, policy.block(), now);
            }
        }
        return verified;
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash("decoy-" + System.nanoTime());
            decoyHash = hash;
        }
        return hash;
    }
}
