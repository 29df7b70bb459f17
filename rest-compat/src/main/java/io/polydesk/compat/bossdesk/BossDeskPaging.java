package io.polydesk.compat.bossdesk;

import io.polydesk.domain.shared.OffsetPage;
import org.springframework.util.MultiValueMap;

/**
 * {@code page} (1-based) and {@code per_page} (default 15, at least 1, at most 30), clamped the way Kaminari clamps
 * them: a value out of range or not a number falls back to the nearest allowed one, never an error.
 */
final class BossDeskPaging {

    static final int DEFAULT = 15;
    static final int MAX = 30;

    private BossDeskPaging() {}

    static OffsetPage of(MultiValueMap<String, String> params) {
        int page = number(params.getFirst("page"), 1);
        int perPage = number(params.getFirst("per_page"), DEFAULT);
        // Beyond the last page a Rails list is empty; so it is here, without scanning past it.
        return new OffsetPage(Math.max(1, Math.min(page, 1_000_000)), Math.max(1, Math.min(perPage, MAX)));
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
