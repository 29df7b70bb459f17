package io.polydesk.api.graphql.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An opaque global id: base64url (no padding) of {@code Type:key}, where the type is the GraphQL type's name
 * and the key the number the REST dialects use. Clients must not take it apart; the format may change.
 */
public record GlobalId(String type, long key) {

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{0,63}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{4,120}");

    public GlobalId {
        if (!TYPE.matcher(type).matches() || key <= 0) {
            throw new IllegalArgumentException("not a global id: " + type + ":" + key);
        }
    }

    public String encoded() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.US_ASCII));
    }

    /** The global id {@code raw} spells, or empty when it is not one (a plain number included). */
    public static Optional<GlobalId> decode(String raw) {
        if (raw == null || !TOKEN.matcher(raw).matches()) {
            return Optional.empty();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon < 1 || !TYPE.matcher(text.substring(0, colon)).matches()) {
            return Optional.empty();
        }
        String key = text.substring(colon + 1);
        if (!key.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(new GlobalId(text.substring(0, colon), Long.parseLong(key)));
    }

    @Override
    public String toString() {
        return encoded();
    }
}
