package io.polydesk.api.attachment;

import java.io.InputStream;
import java.util.Base64;

/**
 * Base64 text from a JSON body, checked before anything is stored and then decoded while it streams to storage,
 * so the decoded file is never held in memory beside its text. Line breaks and spaces (as MIME encoders wrap)
 * are skipped; any other character outside the standard alphabet, or padding before the end, is refused.
 */
final class Base64Content {

    private final String text;
    private final long decodedSize;

    private Base64Content(String text, long decodedSize) {
        this.text = text;
        this.decodedSize = decodedSize;
    }

    /** The content, or null when the text is not base64. */
    static Base64Content parse(String text) {
        long symbols = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                continue;
            }
            if (c == '=') {
                padding++;
            } else if (padding > 0 || !isAlphabet(c)) {
                return null;
            } else {
                symbols++;
            }
        }
        long remainder = symbols % 4;
        boolean complete = padding == 0 ? remainder != 1 : padding <= 2 && remainder + padding == 4;
        return complete ? new Base64Content(text, symbols * 6 / 8) : null;
    }

    long decodedSize() {
        return decodedSize;
    }

    /** The decoded bytes, read straight from the text. */
    InputStream open() {
        return Base64.getDecoder().wrap(new SymbolStream(text));
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static boolean isWhitespace(char c) {
        return c == '\r' || c == '\n' || c == ' ' || c == '\t';
    }

    /** The text's base64 characters as ASCII bytes, whitespace left out, without copying the text. */
    private static final class SymbolStream extends InputStream {

        private final String text;
        private int position;

        SymbolStream(String text) {
            this.text = text;
        }

        @Override
        public int read() {
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (!isWhitespace(c)) {
                    return c;
                }
            }
            return -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    break;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n == 0 ? -1 : n;
        }
    }
}
