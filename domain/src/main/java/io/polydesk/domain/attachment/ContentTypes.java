package io.polydesk.domain.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides the content type a file is stored and served with, from its first bytes. The client's declared type
 * is kept only when the bytes agree with it or it names a kind of file a browser will not run; anything that
 * could be rendered as active content (HTML, SVG, XML, script) is served as {@code application/octet-stream}.
 */
public final class ContentTypes {

    /** How many leading bytes {@link #detect} looks at. */
    public static final int SNIFF_LENGTH = 1024;

    static final String OCTET_STREAM = "application/octet-stream";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};

    /** Types whose magic numbers are checked above: declaring one of them for other bytes is a lie. */
    private static final Set<String> SNIFFED = Set.of(
            "image/png",
            "image/jpeg",
            "image/jpg",
            "image/pjpeg",
            "image/gif",
            "application/pdf",
            "application/zip",
            "application/x-zip-compressed",
            "text/plain");

    /** Text formats that a browser shows as text, never runs. */
    private static final Set<String> PLAIN_TEXT = Set.of(
            "text/plain",
            "text/csv",
            "text/markdown",
            "text/tab-separated-values",
            "text/calendar",
            "text/x-log",
            "application/json");

    /** Binary formats with no magic check here that a browser downloads or shows inertly. */
    private static final Set<String> HARMLESS_BINARY = Set.of(
            "image/webp",
            "image/bmp",
            "image/tiff",
            "image/heic",
            "image/x-icon",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.ms-outlook",
            "application/rtf",
            "application/gzip",
            "application/x-gzip",
            "application/x-7z-compressed",
            "application/x-tar",
            "application/x-rar-compressed",
            "application/vnd.rar",
            "message/rfc822",
            OCTET_STREAM);

    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private ContentTypes() {}

    /**
     * @param head the first bytes of the file (up to {@link #SNIFF_LENGTH}; fewer only if the file is shorter)
     * @param declared what the client said, possibly null or with parameters
     */
    public static String detect(byte[] head, int length, String declared) {
        String claimed = normalise(declared);
        byte[] bytes = Arrays.copyOf(head, length);
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        if (startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
            return "image/gif";
        }
        if (startsWith(bytes, PDF)) {
            return "application/pdf";
        }
        if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
            // Office and OpenDocument files are zip archives; their declared type says which one.
            return claimed != null
                            && (claimed.startsWith("application/vnd.openxmlformats-officedocument.")
                                    || claimed.startsWith("application/vnd.oasis.opendocument.")
                                    || claimed.equals("application/epub+zip"))
                    ? claimed
                    : "application/zip";
        }
        if (isText(bytes)) {
            if (looksLikeMarkup(bytes)) {
                return OCTET_STREAM;
            }
            return claimed != null && PLAIN_TEXT.contains(claimed) ? claimed : "text/plain";
        }
        if (claimed == null || SNIFFED.contains(claimed)) {
            return OCTET_STREAM;
        }
        if (HARMLESS_BINARY.contains(claimed) || claimed.startsWith("audio/") || claimed.startsWith("video/")) {
            return claimed;
        }
        return OCTET_STREAM;
    }

    private static String normalise(String declared) {
        if (declared == null) {
            return null;
        }
        int semicolon = declared.indexOf(';');
        String type = (semicolon >= 0 ? declared.substring(0, semicolon) : declared)
                .strip()
                .toLowerCase(Locale.ROOT);
        // One type/subtype of RFC 6838's restricted names, or nothing: a list or an overlong value is not a type.
        return MEDIA_TYPE.matcher(type).matches() ? type : null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** UTF-8 without NUL or other C0 controls than tab, CR, LF, FF; a character cut at the end is allowed. */
    private static boolean isText(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        int end = bytes.length;
        // Ignore an incomplete UTF-8 sequence at the end of the sniffed window.
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = bytes[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                int needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                if (needed > back) {
                    end -= back;
                }
                break;
            }
            if ((b & 0x80) == 0) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Text a browser would sniff as HTML, XML or SVG if it ever ignored our type. */
    private static boolean looksLikeMarkup(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String tag : new String[] {
            "<html",
            "<script",
            "<svg",
            "<?xml",
            "<!doctype",
            "<body",
            "<iframe",
            "<head",
            "<img",
            "<a ",
            "<div",
            "<style",
            "<object",
            "<embed",
            "<meta",
            "<title",
            "<table"
        }) {
            if (text.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
