package io.polydesk.persistence.support;

/**
 * Turns user text into a {@code LIKE} pattern that matches it literally. Statements pair it with
 * {@code ESCAPE '!'}: a backslash would need different quoting on MySQL and H2.
 */
public final class LikePatterns {

    private LikePatterns() {}

    /** A pattern matching any value that contains {@code text}; null stays null. */
    public static String contains(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
