package io.polydesk.domain.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that change rarely and only through their own service (projects, custom field definitions), held briefly
 * so that showing them costs no round trip. A write on this node forgets what it changed at once and again once
 * it commits, so a read racing with it cannot put the old row back; other nodes see it within {@link #LIFETIME}.
 */
public final class ReferenceCache<V> {

    public static final Duration LIFETIME = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(V value, Instant loadedAt) {}

    private final Map<Long, Entry<V>> byId = new ConcurrentHashMap<>();
    private volatile Entry<List<V>> all;
    private final Clock clock;

    public ReferenceCache(Clock clock) {
        this.clock = clock;
    }

    /** The rows of {@code ids} that exist, from memory where fresh, the rest by one {@code load}. */
    public Map<Long, V> byIds(Collection<Long> ids, Function<Collection<Long>, Map<Long, V>> load) {
        Instant now = clock.instant();
        Map<Long, V> found = new HashMap<>();
        List<Long> missing = ids.stream()
                .distinct()
                .filter(id -> {
                    Entry<V> entry = byId.get(id);
                    if (entry != null && fresh(entry, now)) {
                        found.put(id, entry.value());
                        return false;
                    }
                    return true;
                })
                .toList();
        if (!missing.isEmpty()) {
            Map<Long, V> loaded = load.apply(missing);
            if (byId.size() + loaded.size() > MAX_ENTRIES) {
                byId.clear();
            }
            loaded.forEach((id, value) -> byId.put(id, new Entry<>(value, now)));
            found.putAll(loaded);
        }
        return found;
    }

    /** The whole list, from memory while fresh. */
    public List<V> all(Supplier<List<V>> load) {
        Entry<List<V>> entry = all;
        Instant now = clock.instant();
        if (entry == null || !fresh(entry, now)) {
            entry = new Entry<>(List.copyOf(load.get()), now);
            all = entry;
        }
        return entry.value();
    }

    /** Forgets everything: now, and again when the current transaction commits. */
    public void forget() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private void clear() {
        byId.clear();
        all = null;
    }

    private boolean fresh(Entry<?> entry, Instant now) {
        return entry.loadedAt().plus(LIFETIME).isAfter(now);
    }
}
