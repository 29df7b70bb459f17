package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The second base path, as Jitbit's hosted installs use it; django-helpdesk's default path is moved away here, since
 * it owns {@code /helpdesk/api} out of the box. Oversized bodies are refused in Jitbit's shape too.
 */
@PolydeskIntegrationTest
@TestPropertySource(
        properties = {
            "polydesk.compat.jitbit.second-base-path=/helpdesk/api",
            "polydesk.compat.django-helpdesk.base-path=/django/api",
            "polydesk.http.max-body-size=2KB"
        })
class JitbitSecondBasePathTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void bothBasePathsServeTheMethods() {
        TestUser agent = new TestUsers(context).agent();
        JitbitClient client = JitbitClient.as(port, agent);

        assertThat(client.get("/helpdesk/api/Authorization")
                        .expect(200)
                        .json()
                        .get("UserID")
                        .asLong())
                .isEqualTo(agent.id());
        assertThat(client.get("/HelpDesk/API/authorization")
                        .expect(200)
                        .json()
                        .get("UserID")
                        .asLong())
                .isEqualTo(agent.id());
        assertThat(client.get("/api/Authorization")
                        .expect(200)
                        .json()
                        .get("UserID")
                        .asLong())
                .isEqualTo(agent.id());
        JitbitClient.Reply anonymous =
                JitbitClient.anonymous(port).get("/helpdesk/api/Tickets").expect(401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void anOversizedBodyIs413InJitbitsShape() {
        JitbitClient.Reply reply = JitbitClient.as(port, new TestUsers(context).agent())
                .form("/api/ticket", "subject", "big", "body", "x".repeat(4096), "categoryId", "1")
                .expect(413);
        assertThat(reply.json().isString()).isTrue();
    }
}
