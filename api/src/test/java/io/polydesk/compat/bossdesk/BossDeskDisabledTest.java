package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Switched off, BOSSDesk's paths answer 404 and every other surface keeps working. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.compat.bossdesk.enabled=false")
class BossDeskDisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void itsPathsAreGoneAndTheRestStillAnswers() {
        assertThat(context.getBeanNamesForType(BossDeskDialect.class)).isEmpty();
        TestUser agent = new TestUsers(context).agent();

        BossDeskClient.Reply sessions =
                BossDeskClient.as(port, agent).post("/sessions", "").expect(404);
        assertThat(sessions.raw().body()).doesNotContain("api_key");
        BossDeskClient.as(port, agent).get("/tickets").expect(404);
    }
}
