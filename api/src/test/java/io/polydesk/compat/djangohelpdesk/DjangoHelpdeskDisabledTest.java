package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Switched off, the dialect answers nothing, and the other surfaces still do. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.compat.django-helpdesk.enabled=false")
class DjangoHelpdeskDisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void disabledDialectServesNothing() {
        assertThat(context.getBeanNamesForType(DjangoHelpdeskTicketController.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(DjangoHelpdeskDialect.class)).isEmpty();
        TestUsers users = new TestUsers(context);
        DjangoHelpdeskClient client = DjangoHelpdeskClient.as(port, users.agent());
        assertThat(client.get("/tickets/").status()).isEqualTo(404);
        assertThat(client.get("/").status()).isEqualTo(404);
        assertThat(DjangoHelpdeskClient.send(java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/api/tickets/"))
                                .header("Authorization", users.agent().basic())
                                .GET())
                        .status())
                .isEqualTo(200);
    }
}
