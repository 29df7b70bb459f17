package io.polydesk.api.graphql.user;

import io.polydesk.domain.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Cursors for listings the domain pages by offset: the opaque position is the row's offset. Good enough
 * for users, who are few and rarely inserted mid-walk; tickets use the domain's keyset cursors.
 */
final class OffsetCursor {

    private static final String PREFIX = "offset:";

    private OffsetCursor() {}

    static String encode(long offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the row after {@code cursor}, or 0 without one. */
    static long after(String cursor, String argument) {
        if (cursor == null) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                long offset = Long.parseLong(raw.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included; reported below
        }
        throw DomainException.invalid(argument, "is not a cursor this listing issued");
    }
}
