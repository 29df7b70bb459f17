package io.polydesk.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskNode;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.domain.attachment.BlobMigration;
import io.polydesk.persistence.testing.H2Database;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import tools.jackson.databind.JsonNode;

/**
 * Moving attachment files between stores with {@code polydesk.attachments.migrate-to}, as an operator would: files
 * uploaded to the local disk move into the database, and download from there once the nodes use it. One database
 * of its own (a file H2), since the tool walks every attachment row. (S3 as a target is tested in persistence,
 * against S3Proxy, whose XML libraries would change this module's HTTP message converters.)
 */
class AttachmentMigrationTest {

    @TempDir
    Path work;

    private static final String ADMIN = TestUsers.ADMIN_BASIC;

    private Map<String, String> node(String store) {
        Map<String, String> settings = new HashMap<>();
        settings.put("spring.datasource.url", H2Database.fileUrl(work.resolve("db")));
        settings.put("spring.datasource.username", "sa");
        settings.put("spring.datasource.password", "");
        settings.put("polydesk.data-dir", work.resolve("data").toString());
        settings.put("polydesk.attachments.store", store);
        return settings;
    }

    private static Map<String, String> with(Map<String, String> settings, String key, String value) {
        Map<String, String> copy = new HashMap<>(settings);
        copy.put(key, value);
        return copy;
    }

    private static String upload(int port, byte[] content) {
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response =
                HttpTestClient.exchange(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments"))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode json = HttpTestClient.JSON.readTree(response.body());
        return json.get("id").asString();
    }

    static byte[] download(int port, String id) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments/" + id))
                                .header("Authorization", ADMIN)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static byte[] random(int length) {
        byte[] content = new byte[length];
        new Random(length).nextBytes(content);
        return content;
    }

    private List<Path> localFiles() throws Exception {
        Path root = work.resolve("data").resolve("attachments");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void filesMoveFromDiskIntoTheDatabaseAndDownloadFromThere() throws Exception {
        byte[] large = random(1_300_000);
        byte[] small = random(5_000);
        byte[] lost = random(100);
        Map<String, String> local = node("local");
        String largeId;
        String smallId;
        try (PolydeskNode node = PolydeskNode.start(local)) {
            largeId = upload(node.port(), large);
            smallId = upload(node.port(), small);
            upload(node.port(), lost);
        }
        List<Path> files = localFiles();
        assertThat(files).hasSize(3);
        Files.delete(files.stream()
                .filter(f -> f.toFile().length() == lost.length)
                .findFirst()
                .orElseThrow());

        try (PolydeskNode migration = PolydeskNode.start(with(local, "polydesk.attachments.migrate-to", "database"))) {
            AttachmentMigrationRunner runner = migration.context().getBean(AttachmentMigrationRunner.class);
            assertThat(runner.report()).isEqualTo(new BlobMigration.Report(2, 0, 1));
            assertThat(SpringApplication.exit(migration.context()))
                    .as("a file could not be copied")
                    .isEqualTo(1);
        }

        try (PolydeskNode node = PolydeskNode.start(node("database"))) {
            assertThat(download(node.port(), largeId)).isEqualTo(large);
            assertThat(download(node.port(), smallId)).isEqualTo(small);
            String fresh = upload(node.port(), small);
            assertThat(download(node.port(), fresh)).isEqualTo(small);
            assertThat(node.context().getBean(BlobMigration.class).copyAllTo("database"))
                    .as("run again, only what is missing is attempted")
                    .isEqualTo(new BlobMigration.Report(0, 3, 1));
        }
        assertThat(localFiles()).as("nothing is removed from the old store").hasSize(2);
    }
}
