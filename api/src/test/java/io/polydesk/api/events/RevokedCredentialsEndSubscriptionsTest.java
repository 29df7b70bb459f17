package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.token.ApiTokenRepository;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.token.CreatedApiToken;
import io.polydesk.domain.user.UpdateUser;
import io.polydesk.domain.user.UserService;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subscription lives no longer than the credential it was opened with: revoking the token, archiving the user,
 * changing the password or the role ends the connection with 4403, on this instance at once and, for a change
 * made elsewhere, at the next check. Other users' connections go on.
 */
@PolydeskIntegrationTest
class RevokedCredentialsEndSubscriptionsTest extends GraphQlTestSupport {

    private static final int REVOKED = 4403;

    @Autowired
    EventLog log;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    ApiTokenRepository tokenStore;

    @Autowired
    UserService userService;

    private void subscribe(GraphQlWsClient client) {
        client.subscribe("s1", "subscription { ticketEvents(after: \"" + log.lastId() + "\") { id ticketId } }");
    }

    @Test
    void revokingTheTokenEndsItsConnectionAndNoOther() {
        TestUser agent = users.agent();
        TestUser colleague = users.agent();
        CreatedApiToken token = apiTokens.create(agent.actor(), "live board");
        try (GraphQlWsClient revoked = GraphQlWsClient.connect(port, "Bearer " + token.secret());
                GraphQlWsClient other = GraphQlWsClient.connect(port, colleague.basic())) {
            subscribe(revoked);
            subscribe(other);

            apiTokens.revoke(agent.actor(), token.token().id());

            assertThat(revoked.awaitClose()).isEqualTo(REVOKED);
            Ticket ticket = ticket(users.customer(), "Still heard");
            assertThat(other.eventsUntil(
                            "s1", "ticketEvents", e -> id(ticket.id()).equals(e.get("ticketId"))))
                    .isNotEmpty();
        }
    }

    @Test
    void archivingTheUserEndsAConnectionOpenedWithTheUpgradeHeader() {
        TestUser customer = users.customer();
        try (GraphQlWsClient client = GraphQlWsClient.open(port, Map.of("Authorization", customer.basic()))) {
            client.init(Map.of());
            client.expectAck();
            subscribe(client);

            userService.update(
                    users.admin().actor(), customer.id(), UpdateUser.nothing().withActive(false));

            assertThat(client.awaitClose()).isEqualTo(REVOKED);
        }
    }

    @Test
    void changingThePasswordEndsTheConnection() {
        TestUser agent = users.agent();
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, agent.basic())) {
            subscribe(client);

            userService.changeOwnPassword(agent.actor(), agent.password(), "a-brand-new-password-1");

            assertThat(client.awaitClose()).isEqualTo(REVOKED);
        }
    }

    @Test
    void aRevocationWrittenByAnotherInstanceIsFoundByTheNextCheck() {
        TestUser agent = users.agent();
        CreatedApiToken token = apiTokens.create(agent.actor(), "kiosk");
        CreatedApiToken unrelated = apiTokens.create(users.agent().actor(), "other");
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, "Bearer " + token.secret())) {
            subscribe(client);

            // Straight to storage, as another instance would: no event reaches this one.
            tokenStore.revoke(token.token().id(), Instant.now());
            // Any check reads every open connection's credential again, as the periodic one does.
            apiTokens.revoke(users.admin().actor(), unrelated.token().id());

            assertThat(client.awaitClose()).isEqualTo(REVOKED);
        }
    }
}
