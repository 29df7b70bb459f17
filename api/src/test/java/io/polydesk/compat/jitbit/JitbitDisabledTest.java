package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Switched off, Jitbit's methods are gone and Arctyk still answers its own paths. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.compat.jitbit.enabled=false")
class JitbitDisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void disabledDialectServesNothing() {
        assertThat(context.getBeanNamesForType(JitbitDialect.class)).isEmpty();
        assertThat(context.getBeanNamesForType(JitbitHandlerMapping.class)).isEmpty();
        JitbitClient client = JitbitClient.as(port, new TestUsers(context).agent());
        client.get("/api/Authorization").expect(404);
        client.get("/api/Tickets").expect(404);
        assertThat(client.get("/api/tickets/").expect(200).json().has("results"))
                .isTrue();
    }
}
