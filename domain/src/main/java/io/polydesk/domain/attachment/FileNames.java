package io.polydesk.domain.attachment;

import io.polydesk.domain.shared.DomainException;

/**
 * Turns a client's file name into one that is safe to store and to send back in a header: no directories, no
 * control or invisible formatting characters, at most {@link #MAX_LENGTH} UTF-16 characters with the extension kept.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {}

    public static String sanitise(String raw) {
        String name = raw == null ? "" : raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        // "." and ".." name directories, and a leading dot hides a file: neither is a real file name here.
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            throw DomainException.invalid("fileName", "must name a file");
        }
        // Counted in UTF-16 units, as H2 counts a column's characters; MySQL counts code points, never more.
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            String base = name.substring(0, name.length() - extension.length());
            int keep = MAX_LENGTH - extension.length();
            if (Character.isHighSurrogate(base.charAt(keep - 1))) {
                keep--;
            }
            name = base.substring(0, keep) + extension;
        }
        return name;
    }
}
