package io.polydesk.api.attachment;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file name in both forms of RFC 6266: an ASCII
 * {@code filename} for old clients and the exact name as RFC 5987 {@code filename*}. Neither form can break out
 * of the header, whatever the name holds.
 */
final class ContentDispositions {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDispositions() {}

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    private static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return out.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other byte of the UTF-8 percent-encoded. */
    private static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
