package io.polydesk.api.config;

import io.polydesk.domain.ticket.TicketSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The few plain values the domain services need from the installation. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TicketSettings ticketSettings(PolydeskProperties properties) {
        return new TicketSettings(properties.ticketNumberPrefix());
    }
}
