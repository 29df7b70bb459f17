package io.polydesk.domain.search;

import io.polydesk.domain.shared.Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The position after one hit of a text search, bound to a hash of the query text. Relevance is a floating score
 * that MySQL, MariaDB and H2 compute differently, so no keyset on it is stable; the cursor holds the number of
 * hits before the next page instead, and a cursor of another query is refused rather than silently misread.
 */
public record SearchCursor(String queryKey, long position) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String PREFIX = "search";

    public static SearchCursor of(String query, long position) {
        return new SearchCursor(keyOf(query), position);
    }

    public String encode() {
        return ENCODER.encodeToString((PREFIX + "|" + queryKey + "|" + position).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where the page after {@code after} starts for {@code query}: 0 without a cursor. A cursor that is not one,
     * belongs to another query or points past {@code maxHits} is recorded as an error on {@code after}.
     */
    static long start(String after, String query, long maxHits, Validation validation) {
        if (after == null) {
            return 0;
        }
        SearchCursor cursor = decode(after);
        if (cursor == null) {
            validation.add("after", "is not a cursor this search issued");
        } else if (!cursor.queryKey().equals(keyOf(query))) {
            validation.add("after", "belongs to a search for another query");
        } else if (cursor.position() >= maxHits) {
            validation.add(
                    "after",
                    "search results can be paged through the first " + maxHits + " hits only; narrow the query");
        } else {
            return cursor.position();
        }
        return 0;
    }

    private static SearchCursor decode(String after) {
        try {
            String[] parts = new String(DECODER.decode(after), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(PREFIX)) {
                return null;
            }
            long position = Long.parseLong(parts[2]);
            return position < 0 ? null : new SearchCursor(parts[1], position);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A short digest of the query: enough to tell queries apart, too short to carry the text itself. */
    private static String keyOf(String query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
