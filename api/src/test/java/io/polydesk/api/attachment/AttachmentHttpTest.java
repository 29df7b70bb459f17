package io.polydesk.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PolydeskIntegrationTest
class AttachmentHttpTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketCreation ticketCreation;

    @Autowired
    AttachmentService attachments;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    TestUsers users;

    @BeforeEach
    void users() {
        users = new TestUsers(context);
    }

    private HttpResponse<String> upload(String authorization, String fileName, String type, byte[] content)
            throws Exception {
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (content != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        } else {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String authorization, String id) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/attachments/" + id))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode uploaded(TestUser user, String fileName, String type, byte[] content) throws Exception {
        HttpResponse<String> response = upload(user.basic(), fileName, type, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private Ticket ticketOf(TestUser requester) {
        return ticketCreation.create(requester.actor(), CreateTicket.of("Needs a file", "see attached"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void uploadAnswers201WithIdNameTypeSizeAndChecksum() throws Exception {
        TestUser customer = users.customer();

        HttpResponse<String> response = upload(customer.basic(), "screen shot.png", "image/png", PNG);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("id").asString()).matches("\\d+");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/attachments/" + body.get("id").asString());
        assertThat(body.get("fileName").asString()).isEqualTo("screen shot.png");
        assertThat(body.get("contentType").asString()).isEqualTo("image/png");
        assertThat(body.get("size").asLong()).isEqualTo(PNG.length);
        assertThat(body.get("sha256").asString()).isEqualTo(sha256(PNG));
    }

    @Test
    void downloadStreamsTheBytesWithSafeHeaders() throws Exception {
        TestUser customer = users.customer();
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        String id = uploaded(customer, "Übersicht \"Q3\".pdf", "application/pdf", pdf)
                .get("id")
                .asString();

        HttpResponse<byte[]> response = download(customer.basic(), id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(pdf.length));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "attachment; filename=\"_bersicht _Q3_.pdf\"; filename*=UTF-8''%C3%9Cbersicht%20%22Q3%22.pdf");
    }

    @Test
    void htmlDeclaredAsAnImageIsNeverServedAsHtml() throws Exception {
        TestUser customer = users.customer();
        byte[] html =
                "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        JsonNode body = uploaded(customer, "cat.png", "image/png", html);

        HttpResponse<byte[]> response =
                download(customer.basic(), body.get("id").asString());

        assertThat(body.get("contentType").asString()).isEqualTo("application/octet-stream");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
    }

    @Test
    void withoutCredentialsBothEndpointsAnswer401() throws Exception {
        assertThat(upload(null, "a.txt", "text/plain", "hello".getBytes()).statusCode())
                .isEqualTo(401);
        assertThat(download(null, "1").statusCode()).isEqualTo(401);
    }

    @Test
    void anotherCustomersTicketFileIsNotFound() throws Exception {
        TestUser owner = users.customer();
        TestUser stranger = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticketOf(owner);
        String id = uploaded(owner, "invoice.txt", "text/plain", "total: 12".getBytes())
                .get("id")
                .asString();
        attachments.attach(owner.actor(), AttachFile.toTicket(Long.parseLong(id), ticket.id()));

        HttpResponse<byte[]> strangers = download(stranger.basic(), id);

        assertThat(strangers.statusCode()).isEqualTo(404);
        assertThat(new String(strangers.body(), StandardCharsets.UTF_8))
                .contains("\"code\":\"not_found\"")
                .doesNotContain("total");
        assertThat(download(agent.basic(), id).statusCode()).isEqualTo(200);
        assertThat(download(owner.basic(), id).statusCode()).isEqualTo(200);
    }

    @Test
    void aPendingUploadIsVisibleOnlyToItsUploader() throws Exception {
        TestUser uploader = users.agent();
        String id = uploaded(uploader, "draft.txt", "text/plain", "draft".getBytes())
                .get("id")
                .asString();

        assertThat(download(users.agent().basic(), id).statusCode()).isEqualTo(404);
        assertThat(download(uploader.basic(), id).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() throws Exception {
        TestUser customer = users.customer();

        assertThat(download(customer.basic(), "999999999").statusCode()).isEqualTo(404);
        assertThat(download(customer.basic(), "abc").statusCode()).isEqualTo(404);
    }

    @Test
    void aFileOverTheLimitIs413() throws Exception {
        TestUser customer = users.customer();
        byte[] huge = new byte[25 * 1024 * 1024 + 64 * 1024];

        HttpResponse<String> response = upload(customer.basic(), "huge.bin", "application/octet-stream", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\"").contains("larger than");
    }

    @Test
    void anEmptyFileIs400WithTheFieldNamed() throws Exception {
        HttpResponse<String> response = upload(users.customer().basic(), "empty.txt", "text/plain", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("invalid");
        assertThat(error.get("details").get(0).get("field").asString()).isEqualTo("file");
        assertThat(error.get("details").get(0).get("message").asString()).isEqualTo("must not be empty");
    }

    @Test
    void aMissingFilePartOrAFileWithoutANameIs400() throws Exception {
        TestUser customer = users.customer();

        HttpResponse<String> missing = upload(customer.basic(), null, null, null);
        HttpResponse<String> nameless = upload(customer.basic(), "../", "text/plain", "x".getBytes());

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"file\"");
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("\"field\":\"fileName\"");
    }
}
