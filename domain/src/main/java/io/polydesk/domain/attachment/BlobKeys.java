package io.polydesk.domain.attachment;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Blob keys: two hex characters, a slash and 32 hex characters. Every store accepts exactly these, so none can be
 * made to read or write outside its own place, and any blob can move from one store to another under its key.
 */
public final class BlobKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{32}");

    private BlobKeys() {}

    public static String newKey() {
        String name = UUID.randomUUID().toString().replace("-", "");
        return name.substring(0, 2) + "/" + name;
    }

    /** The key itself; anything that is not a key this system issues is refused. */
    public static String require(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a blob key: " + key);
        }
        return key;
    }
}
