package io.polydesk.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    private static String detect(byte[] bytes, String declared) {
        return ContentTypes.detect(bytes, bytes.length, declared);
    }

    private static String detect(String text, String declared) {
        return detect(text.getBytes(StandardCharsets.UTF_8), declared);
    }

    @Test
    void magicNumbersDecideWhateverTheClientDeclared() {
        assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, "text/html"))
                .isEqualTo("image/png");
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, null))
                .isEqualTo("image/jpeg");
        assertThat(detect("GIF89a....", "application/octet-stream")).isEqualTo("image/gif");
        assertThat(detect("%PDF-1.7\n%âãÏÓ", "image/png")).isEqualTo("application/pdf");
    }

    @Test
    void zipArchivesKeepAnOfficeTypeButNothingElse() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        assertThat(detect(zip, docx)).isEqualTo(docx);
        assertThat(detect(zip, "text/html")).isEqualTo("application/zip");
        assertThat(detect(zip, null)).isEqualTo("application/zip");
    }

    @Test
    void aDeclaredListOfTypesOrAnOverlongTypeIsNoType() {
        byte[] binary = {1, 2, 3, (byte) 0xFE};
        assertThat(detect(binary, "video/mp4, text/html")).isEqualTo("application/octet-stream");
        assertThat(detect(binary, "audio/" + "x".repeat(300))).isEqualTo("application/octet-stream");
        assertThat(detect(binary, "video/mp4; codecs=avc1")).isEqualTo("video/mp4");
    }

    @Test
    void htmlIsNeverServedAsHtmlWhateverItClaims() {
        assertThat(detect("<html><script>alert(1)</script></html>", "text/html"))
                .isEqualTo("application/octet-stream");
        assertThat(detect("  <!DOCTYPE html><p>hi", "image/png")).isEqualTo("application/octet-stream");
        assertThat(detect("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>", "image/svg+xml"))
                .isEqualTo("application/octet-stream");
    }

    @Test
    void plainTextIsTextAndKeepsAHarmlessTextType() {
        assertThat(detect("name,amount\nÄpfel,3\n", "text/csv")).isEqualTo("text/csv");
        assertThat(detect("Server log line 1\n", "application/x-msdownload")).isEqualTo("text/plain");
        assertThat(detect("just words", null)).isEqualTo("text/plain");
    }

    @Test
    void aTextWindowCutInsideACharacterIsStillText() {
        byte[] euro = "€€€".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentTypes.detect(euro, euro.length - 1, null)).isEqualTo("text/plain");
    }

    @Test
    void unknownBinaryKeepsOnlyAHarmlessDeclaredType() {
        byte[] binary = {0, 1, 2, 3, (byte) 0xFE, 0x10};

        assertThat(detect(binary, "audio/mpeg")).isEqualTo("audio/mpeg");
        assertThat(detect(binary, "application/msword; charset=binary")).isEqualTo("application/msword");
        assertThat(detect(binary, "image/png")).isEqualTo("application/octet-stream");
        assertThat(detect(binary, "application/x-msdownload")).isEqualTo("application/octet-stream");
        assertThat(detect(binary, "text/html")).isEqualTo("application/octet-stream");
        assertThat(detect(binary, null)).isEqualTo("application/octet-stream");
    }
}
