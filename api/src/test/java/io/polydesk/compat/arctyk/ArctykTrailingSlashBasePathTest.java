package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.compat.arctyk.ArctykClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A base path written with a trailing slash moves every Arctyk path, its rate-limit counting and its early error
 * shapes (401, 413, 429) together; nothing of Arctyk stays behind at {@code /api}.
 */
@PolydeskIntegrationTest
@TestPropertySource(
        properties = {
            "polydesk.compat.arctyk.base-path=/desk/api/",
            // jitbit would answer what Arctyk leaves at /api
            "polydesk.compat.jitbit.enabled=false",
            "polydesk.rate-limit.surfaces.arctyk.authenticated=4",
            "polydesk.http.max-body-size=2KB"
        })
class ArctykTrailingSlashBasePathTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void pathsAndLinksMoveWithoutADoubleSlash() {
        ArctykClient client = ArctykClient.as(port, new TestUsers(context).customer());
        client.post("/desk/api/tickets/", "{\"title\":\"One\"}").expect(201);
        client.post("/desk/api/tickets", "{\"title\":\"Two\"}").expect(201);

        Reply page = client.get("/desk/api/tickets/?limit=1").expect(200);

        assertThat(page.json().get("next").asString()).isEqualTo("/desk/api/tickets/?limit=1&page=2");
    }

    @Test
    void earlyRefusalsKeepTheArctykShapeAtTheNewPath() {
        Reply anonymous =
                ArctykClient.anonymous(port).get("/desk/api/projects/").expect(401);
        assertThat(anonymous.json().propertyNames()).containsExactly("detail");
        assertThat(anonymous.header("WWW-Authenticate")).contains("Basic").contains("Bearer");

        String huge = "{\"title\":\"" + "x".repeat(4096) + "\"}";
        Reply tooLarge = ArctykClient.as(port, new TestUsers(context).agent())
                .post("/desk/api/tickets/", huge)
                .expect(413);
        assertThat(tooLarge.json().propertyNames()).containsExactly("detail");
    }

    @Test
    void rateLimitCountsAtTheNewPathOnly() {
        ArctykClient client = ArctykClient.as(port, new TestUsers(context).agent());
        Reply first = client.get("/desk/api/projects/").expect(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("4");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("3");

        Reply oldPath = client.get("/api/projects/").expect(404);
        assertThat(oldPath.header("X-RateLimit-Limit")).isNull();

        client.get("/desk/api/projects/").expect(200);
        client.get("/desk/api/projects/").expect(200);
        client.get("/desk/api/projects/").expect(200);
        Reply refused = client.get("/desk/api/projects/").expect(429);

        assertThat(refused.json().propertyNames()).containsExactly("detail");
        assertThat(refused.header("Retry-After")).isNotBlank();
    }
}
