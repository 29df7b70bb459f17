package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.PolydeskApplication;
import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.ticket.Ticket;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two instances over one database, without a broker: a subscriber connected to the second instance receives
 * the events of writes the first instance commits.
 */
@PolydeskIntegrationTest
class SecondInstanceTest extends GraphQlTestSupport {

    @Autowired
    EventLog log;

    @Autowired
    Environment environment;

    private ConfigurableApplicationContext secondInstance() throws Exception {
        Map<String, Object> properties = Map.of(
                "server.port", "0",
                "spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"),
                "spring.datasource.username", environment.getRequiredProperty("spring.datasource.username"),
                "spring.datasource.password", environment.getProperty("spring.datasource.password", ""),
                "spring.datasource.hikari.maximum-pool-size", "3",
                "polydesk.data-dir",
                        Files.createTempDirectory("polydesk-second").toString(),
                "polydesk.admin.password", "admin-password-for-tests");
        // As arguments, which rank above application.yml (builder properties are only defaults).
        return new SpringApplicationBuilder(PolydeskApplication.class)
                .run(properties.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
    }

    @Test
    void aSubscriberOnAnotherInstanceReceivesWhatThisInstanceCommits() throws Exception {
        TestUser agent = users.agent();
        try (ConfigurableApplicationContext other = secondInstance()) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            assertThat(otherPort).isNotEqualTo(port);
            try (GraphQlWsClient client = GraphQlWsClient.connect(otherPort, agent.basic())) {
                client.subscribe(
                        "s1",
                        "subscription { ticketEvents(after: \"" + log.lastId()
                                + "\") { type ticketId ticket { title } } }");

                Ticket ticket = ticket(agent, "Written on the first instance");

                List<Map<String, Object>> events = client.eventsUntil(
                        "s1", "ticketEvents", e -> Long.toString(ticket.id()).equals(e.get("ticketId")));
                Map<String, Object> event = events.get(events.size() - 1);
                assertThat(event).containsEntry("type", "TICKET_CREATED");
                assertThat(event.get("ticket")).isEqualTo(Map.of("title", "Written on the first instance"));
            }
        }
    }
}
