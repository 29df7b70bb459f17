package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Switched off, the dialect answers nothing and claims no error shapes. The jitbit dialect is off too: it would
 * otherwise answer the lower-case paths Arctyk leaves free, as CONTRACT §3 says it should.
 */
@PolydeskIntegrationTest
@TestPropertySource(properties = {"polydesk.compat.arctyk.enabled=false", "polydesk.compat.jitbit.enabled=false"})
class ArctykDisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void disabledDialectServesNothing() {
        assertThat(context.getBeanNamesForType(ArctykTicketController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ArctykDialect.class)).isEmpty();
        ArctykClient client = ArctykClient.as(port, new TestUsers(context).agent());
        assertThat(client.get("/api/tickets/").expect(404).raw().body()).doesNotContain("\"results\"");
        assertThat(client.get("/api/projects/").status()).isEqualTo(404);
    }
}
