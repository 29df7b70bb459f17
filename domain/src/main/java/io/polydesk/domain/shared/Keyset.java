package io.polydesk.domain.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after one row of a sorted listing: the sort key's value and the row id as tie-break.
 * Encoded as an opaque string so clients cannot depend on its shape.
 */
public record Keyset(String sortKey, String value, long id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String encode() {
        String raw = sortKey + "|" + id + "|" + (value == null ? "" : value);
        return ENCODER.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The value as a time in epoch milliseconds; INVALID on {@code field} when it is none. */
    public Instant time(String field) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "is not a cursor this listing issued");
        }
    }

    public static Keyset decode(String cursor, String field) {
        try {
            String raw = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3) {
                throw DomainException.invalid(field, "is not a cursor this listing issued");
            }
            return new Keyset(parts[0], parts[2], Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "is not a cursor this listing issued");
        }
    }
}
