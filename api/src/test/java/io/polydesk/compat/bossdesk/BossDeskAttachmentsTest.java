package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.CommentService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Attachments with signed, expiring links served by Polydesk, and the CI's two-step upload through Polydesk. */
@PolydeskIntegrationTest
class BossDeskAttachmentsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private Attachment upload(TestUser user, String name, String text) {
        return context.getBean(AttachmentService.class)
                .upload(
                        user.actor(),
                        name,
                        "text/plain",
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void ticketAttachmentHasAnExpiringSecureUrlThatNeedsNoCredentials() throws Exception {
        TestUser agent = new TestUsers(context).agent();
        BossDeskClient client = BossDeskClient.as(port, agent);
        JsonNode ticket = client.post("/tickets", "{\"ticket\": {\"title\": \"With a file\"}}")
                .expect(201)
                .json();
        Attachment file = upload(agent, "screenshot.txt", "hello bossdesk");
        context.getBean(AttachmentService.class)
                .attach(
                        agent.actor(),
                        new AttachFile(file.id(), ticket.get("id").asLong(), null, null));
        long friendly = ticket.get("friendly_id").asLong();

        JsonNode listed = client.get("/tickets/" + friendly).json().get("attachments");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("screenshot.txt");
        JsonNode detail = client.get("/tickets/" + friendly + "/attachments/" + file.id())
                .expect(200)
                .json();
        assertThat(detail.get("size").asLong()).isEqualTo(14);
        assertThat(detail.get("secure_url_expire_time_in_mins").asInt()).isEqualTo(10);
        assertThat(detail.get("created_by").get("id").asLong()).isEqualTo(agent.id());
        String url = detail.get("secure_url").asString();
        assertThat(url).startsWith("http://").contains("/bossdesk/api/v1/files/" + file.id());

        HttpResponse<String> download = fetch(url);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("hello bossdesk");
        assertThat(fetch(url.replaceAll("signature=[^&]+", "signature=forged")).statusCode())
                .isEqualTo(403);
        assertThat(fetch(url.replaceAll("expires=\\d+", "expires=1")).statusCode())
                .isEqualTo(403);

        long other = client.post("/tickets", "{\"ticket\": {\"title\": \"Other\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();
        client.get("/tickets/" + other + "/attachments/" + file.id()).expect(404);
    }

    @Test
    void requesterNeverGetsFilesOfInternalComments() {
        TestUsers users = new TestUsers(context);
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        BossDeskClient mine = BossDeskClient.as(port, customer);
        JsonNode ticket = mine.post("/my/tickets", "{\"ticket\": {\"title\": \"Files\"}}")
                .expect(201)
                .json();
        long internal = context.getBean(CommentService.class)
                .add(agent.actor(), ticket.get("id").asLong(), "internal", true)
                .id();
        Attachment file = upload(agent, "secret.txt", "internal only");
        context.getBean(AttachmentService.class).attach(agent.actor(), AttachFile.toComment(file.id(), internal));
        long friendly = ticket.get("friendly_id").asLong();

        mine.get("/my/tickets/" + friendly + "/comments/" + internal + "/attachments/" + file.id())
                .expect(404);
        BossDeskClient.as(port, agent)
                .get("/tickets/" + friendly + "/comments/" + internal + "/attachments/" + file.id())
                .expect(200);
    }

    @Test
    void ciTwoStepUploadThroughPolydesk() throws Exception {
        TestUser agent = new TestUsers(context).agent();
        long ci = context.getBean(AssetRegistration.class)
                .create(
                        agent.actor(),
                        CreateAsset.builder()
                                .name("UP-" + UUID.randomUUID().toString().substring(0, 6))
                                .build())
                .id();
        BossDeskClient client = BossDeskClient.as(port, agent);

        JsonNode form =
                client.get("/cis/" + ci + "/attachments/new").expect(200).json();
        String postUrl = form.get("post_url").asString();
        assertThat(postUrl).endsWith("/bossdesk/api/v1/uploads");
        Map<String, Object> fields = BossDeskClient.JSON.convertValue(form.get("post_fields"), Map.class);
        assertThat(fields).containsKeys("key", "policy", "x-amz-signature");

        HttpResponse<String> posted = postMultipart(postUrl, fields, "myfile.pdf", "%PDF-1.4 tiny");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(posted.body()).contains("<PostResponse>", "<Key>");
        String key = posted.body().replaceAll("(?s).*<Key>(.*)</Key>.*", "$1");
        assertThat(key).endsWith("/myfile.pdf");

        JsonNode attachment = client.post(
                        "/cis/" + ci + "/attachments",
                        "{\"attachment\": {\"description\": \"Uploaded from mobile device\", \"tmp_key\": \"" + key
                                + "\"}}")
                .expect(201)
                .json();
        long id = attachment.get("id").asLong();
        assertThat(attachment.get("name").asString()).isEqualTo("myfile.pdf");
        assertThat(fetch(attachment.get("secure_url").asString()).body()).isEqualTo("%PDF-1.4 tiny");
        client.get("/cis/" + ci + "/attachments/" + id).expect(200);
        client.patch("/cis/" + ci + "/attachments/" + id, "{\"attachment\": {\"description\": \"New\"}}")
                .expect(200);

        assertThat(client.post("/cis/" + ci + "/attachments", "{\"attachment\": {\"tmp_key\": \"uploads/tmp/1-x/f\"}}")
                        .expect(422)
                        .errors("tmp_key")
                        .get(0)
                        .asString())
                .isEqualTo("is invalid");
        Map<String, Object> forged = new java.util.HashMap<>(fields);
        forged.put("x-amz-signature", "forged");
        assertThat(postMultipart(postUrl, forged, "x.txt", "x").statusCode()).isEqualTo(403);

        JsonNode deleted =
                client.delete("/cis/" + ci + "/attachments/" + id).expect(200).json();
        assertThat(deleted.get("id").asLong()).isEqualTo(id);
        client.get("/cis/" + ci + "/attachments/" + id).expect(404);
    }

    private HttpResponse<String> postMultipart(String url, Map<String, Object> fields, String fileName, String content)
            throws Exception {
        String boundary = "----polydesk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary
                        + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
