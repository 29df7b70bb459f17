package io.polydesk.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskNode;
import io.polydesk.api.testing.S3Server;
import io.polydesk.api.testing.TestSigningKey;
import io.polydesk.api.testing.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Attachments in S3 through the public surfaces: two servers over one database with
 * {@code polydesk.attachments.store=s3}, as README's Production section sets a cluster up, against S3Proxy in this
 * JVM. A file uploaded over HTTP is one object in the bucket, downloads streamed from either node, stays while its
 * ticket does, and goes from the bucket when the attachment or its comment is deleted.
 */
class S3AttachmentsTest {

    private static final String ADMIN = TestUsers.ADMIN_BASIC;

    private static Path work;
    private static S3Server s3;
    private static String bucket;
    private static PolydeskNode first;
    private static PolydeskNode second;

    @BeforeAll
    static void startTwoNodesOverOneBucket() throws Exception {
        work = Files.createTempDirectory("polydesk-s3");
        s3 = S3Server.start();
        bucket = s3.newBucket();
        Map<String, String> shared = new HashMap<>(s3.properties(bucket));
        shared.put("polydesk.attachments.store", "s3");
        shared.put("polydesk.security.jwt-private-key", TestSigningKey.pem());
        shared.putAll(PolydeskNode.sharedDatabase(work.resolve("db")));
        first = PolydeskNode.start(withDataDir(shared, "first"));
        second = PolydeskNode.start(withDataDir(shared, "second"));
    }

    private static Map<String, String> withDataDir(Map<String, String> shared, String name) {
        Map<String, String> settings = new HashMap<>(shared);
        settings.put("polydesk.data-dir", work.resolve(name).toString());
        return settings;
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {second, first, s3}) {
            if (running != null) {
                running.close();
            }
        }
        FileSystemUtils.deleteRecursively(work);
    }

    @Test
    void anUploadIsOneObjectInTheBucketAndDownloadsStreamedWithItsHeaders() throws Exception {
        List<String> before = s3.keys(bucket);
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

        JsonNode uploaded = upload(first, "Quartalsbericht Ü.pdf", "application/pdf", pdf);

        assertThat(uploaded.get("sha256").asString()).isEqualTo(sha256(pdf));
        List<String> added = newKeys(before);
        assertThat(added).hasSize(1);
        assertThat(s3.read(bucket, added.get(0))).isEqualTo(pdf);
        HttpResponse<InputStream> download = download(first, uploaded.get("id").asString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Length")).hasValue(Integer.toString(pdf.length));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename*=UTF-8''Quartalsbericht%20%C3%9C.pdf");
        try (InputStream body = download.body()) {
            assertThat(body.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void aFileLargerThanOnePartIsUploadedToOneNodeAndDownloadsFromTheOther() throws Exception {
        List<String> before = s3.keys(bucket);
        byte[] content = new byte[9 * 1024 * 1024 + 4321];
        new Random(14).nextBytes(content);

        String id = upload(first, "dump.bin", "application/octet-stream", content)
                .get("id")
                .asString();

        List<String> added = newKeys(before);
        assertThat(added).hasSize(1);
        assertThat(sha256(s3.read(bucket, added.get(0)))).isEqualTo(sha256(content));
        HttpResponse<InputStream> download = download(second, id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Length")).hasValue(Integer.toString(content.length));
        try (InputStream body = download.body()) {
            assertThat(sha256(body.readAllBytes())).isEqualTo(sha256(content));
        }
    }

    @Test
    void aFileStaysInTheBucketWhileItsTicketDoesAndGoesWhenTheAttachmentIsDeleted() throws Exception {
        List<String> before = s3.keys(bucket);
        JsonNode created = graphql(
                        first,
                        "mutation { createTicket(input: {title: \"Scanner log\"}) { ticket { id lockVersion } } }",
                        Map.of())
                .at("/createTicket/ticket");
        String ticket = created.get("id").asString();
        String id = upload(first, "scan.log", "text/plain", "paper jam at tray 2\n".getBytes())
                .get("id")
                .asString();
        List<String> added = newKeys(before);
        attach(second, id, ticket);
        JsonNode resolved = graphql(
                second,
                "mutation ($id: ID!, $v: Int!) { updateTicket(input: {id: $id, lockVersion: $v, status: \"resolved\"})"
                        + " { ticket { status { key } } } }",
                Map.of("id", ticket, "v", created.get("lockVersion").asInt()));

        assertThat(resolved.at("/updateTicket/ticket/status/key").asString()).isEqualTo("resolved");
        assertThat(s3.keys(bucket)).containsAll(added);
        assertThat(download(first, id).statusCode()).isEqualTo(200);

        JsonNode deleted =
                graphql(second, "mutation ($id: ID!) { deleteAttachment(input: {id: $id}) { id } }", Map.of("id", id));

        assertThat(deleted.at("/deleteAttachment/id").asString()).isEqualTo(id);
        assertThat(s3.keys(bucket)).doesNotContainAnyElementsOf(added);
        assertThat(download(first, id).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingACommentTakesItsFileOutOfTheBucket() throws Exception {
        String ticket = graphql(
                        first, "mutation { createTicket(input: {title: \"With notes\"}) { ticket { id } } }", Map.of())
                .at("/createTicket/ticket/id")
                .asString();
        String comment = graphql(
                        first,
                        "mutation ($t: ID!) { addComment(input: {ticketId: $t, content: \"log attached\"})"
                                + " { comment { id } } }",
                        Map.of("t", ticket))
                .at("/addComment/comment/id")
                .asString();
        List<String> before = s3.keys(bucket);
        String id = upload(second, "note.txt", "text/plain", "see tray 2".getBytes())
                .get("id")
                .asString();
        List<String> added = newKeys(before);
        graphql(
                first,
                "mutation ($a: ID!, $c: ID!) { attachFile(input: {attachmentId: $a, commentId: $c})"
                        + " { attachment { id } } }",
                Map.of("a", id, "c", comment));
        assertThat(s3.keys(bucket)).containsAll(added);

        graphql(first, "mutation ($c: ID!) { deleteComment(input: {id: $c}) { id } }", Map.of("c", comment));

        assertThat(s3.keys(bucket)).doesNotContainAnyElementsOf(added);
        assertThat(download(second, id).statusCode()).isEqualTo(404);
    }

    private static List<String> newKeys(List<String> before) {
        List<String> now = new ArrayList<>(s3.keys(bucket));
        now.removeAll(before);
        return now;
    }

    private static void attach(PolydeskNode node, String attachment, String ticket) {
        JsonNode attached = graphql(
                node,
                "mutation ($a: ID!, $t: ID!) { attachFile(input: {attachmentId: $a, ticketId: $t})"
                        + " { attachment { pending ticketId } } }",
                Map.of("a", attachment, "t", ticket));
        assertThat(attached.at("/attachFile/attachment/pending").asBoolean()).isFalse();
    }

    private static JsonNode upload(PolydeskNode node, String fileName, String type, byte[] content) {
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpTestClient.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/attachments"))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return HttpTestClient.JSON.readTree(response.body());
    }

    private static HttpResponse<InputStream> download(PolydeskNode node, String id) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/attachments/" + id))
                                .header("Authorization", ADMIN)
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
    }

    private static JsonNode graphql(PolydeskNode node, String query, Map<String, ?> variables) {
        Map<String, Object> body = Map.of("query", query, "variables", variables);
        HttpResponse<String> response = HttpTestClient.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", ADMIN)
                        .POST(HttpRequest.BodyPublishers.ofString(HttpTestClient.JSON.writeValueAsString(body))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = HttpTestClient.JSON.readTree(response.body());
        assertThat(json.has("errors")).as(response.body()).isFalse();
        return json.get("data");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
