package io.polydesk.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /attachments} with the file as base64 inside JSON, under a small attachment size limit. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.attachments.max-size=2KB")
class AttachmentJsonUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Value("${polydesk.data-dir}")
    Path dataDir;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    TestUser customer;

    @BeforeEach
    void aCustomer() {
        customer = new TestUsers(context).customer();
    }

    private HttpResponse<String> post(String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String filename, String mimeType, String content) throws Exception {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("filename", filename);
        if (mimeType != null) {
            body.put("mime_type", mimeType);
        }
        body.put("content", content);
        return post(customer.basic(), json.writeValueAsString(body));
    }

    private List<String> fieldsOf(HttpResponse<String> response) {
        JsonNode details = json.readTree(response.body()).get("error").get("details");
        return details == null
                ? List.of()
                : java.util.stream.StreamSupport.stream(details.spliterator(), false)
                        .map(d -> d.get("field").asString() + " "
                                + d.get("message").asString())
                        .toList();
    }

    private long storedFiles() throws Exception {
        Path root = dataDir.resolve("attachments");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aJsonUploadAnswersLikeTheMultipartOneAndDownloadsTheDecodedBytes() throws Exception {
        byte[] png = AttachmentHttpTest.PNG;

        HttpResponse<String> response =
                upload("shot.png", "image/png", Base64.getEncoder().encodeToString(png));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.propertyNames()).containsExactly("id", "fileName", "contentType", "size", "sha256");
        String id = body.get("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/attachments/" + id);
        assertThat(body.get("fileName").asString()).isEqualTo("shot.png");
        assertThat(body.get("contentType").asString()).isEqualTo("image/png");
        assertThat(body.get("size").asLong()).isEqualTo(png.length);
        assertThat(body.get("sha256").asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(png)));

        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments/" + id))
                        .header("Authorization", customer.basic())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
    }

    @Test
    void mimeTypeIsOptionalAndWrappedOrUnpaddedBase64IsAccepted() throws Exception {
        String text = "line one of a longer note that a MIME encoder wraps at 76 characters, line two\n";
        String wrapped = Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        assertThat(wrapped).contains("\r\n");

        HttpResponse<String> note = upload("note.txt", null, wrapped);
        HttpResponse<String> unpadded = upload("hi.txt", null, "aGk");

        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        assertThat(json.readTree(note.body()).get("size").asLong()).isEqualTo(text.length());
        assertThat(json.readTree(note.body()).get("contentType").asString()).startsWith("text/plain");
        assertThat(unpadded.statusCode()).as(unpadded.body()).isEqualTo(201);
        assertThat(json.readTree(unpadded.body()).get("size").asLong()).isEqualTo(2);
    }

    @Test
    void badBase64IsA400NamingTheContentAndLeavesNoFile() throws Exception {
        long before = storedFiles();
        for (String bad : List.of("aGk$", "A", "aG==aGk=", "aGk===", "4pyTIMOgIGxhIG1vZGU-")) {
            HttpResponse<String> response = upload("x.txt", "text/plain", bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(fieldsOf(response)).as(bad).containsExactly("content is not valid base64");
        }
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void missingOrEmptyFieldsAre400PerField() throws Exception {
        assertThat(fieldsOf(post(customer.basic(), "{}")))
                .containsExactlyInAnyOrder("filename is required", "content is required");
        assertThat(fieldsOf(upload(" ", null, "aGk="))).containsExactly("filename is required");
        assertThat(fieldsOf(upload("empty.txt", null, ""))).containsExactly("content must not be empty");
        HttpResponse<String> nameless = upload("../", null, "aGk=");
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("\"error\"");
    }

    @Test
    void malformedJsonOrWrongTypesAre400() throws Exception {
        for (String body : List.of(
                "{\"filename\": \"a.txt\", \"content\": ",
                "[1, 2]",
                "{\"filename\": {\"x\": 1}, \"content\": \"aGk=\"}",
                "")) {
            HttpResponse<String> response = post(customer.basic(), body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode error = json.readTree(response.body()).get("error");
            assertThat(error.get("code").asString()).as(body).isEqualTo("invalid");
        }
    }

    @Test
    void contentOverTheAttachmentLimitIs413AndLeavesNoFile() throws Exception {
        long before = storedFiles();

        HttpResponse<String> response =
                upload("big.bin", null, Base64.getEncoder().encodeToString(new byte[2049]));
        HttpResponse<String> atLimit =
                upload("fits.bin", null, Base64.getEncoder().encodeToString(new byte[2048]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\"").contains("larger than");
        assertThat(atLimit.statusCode()).as(atLimit.body()).isEqualTo(201);
        assertThat(storedFiles()).isEqualTo(before + 1);
    }

    @Test
    void aBodyOverTheRequestLimitIs413() throws Exception {
        String huge = Base64.getEncoder().encodeToString(new byte[1024 * 1024]);
        assertThat(upload("huge.bin", null, huge).statusCode()).isEqualTo(413);
    }

    @Test
    void withoutCredentialsItIs401() throws Exception {
        assertThat(post(null, "{\"filename\": \"a.txt\", \"content\": \"aGk=\"}")
                        .statusCode())
                .isEqualTo(401);
    }
}
