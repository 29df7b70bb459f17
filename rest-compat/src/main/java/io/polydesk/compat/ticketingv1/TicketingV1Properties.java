package io.polydesk.compat.ticketingv1;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches the Ticketing Platform dialect on or off and says where it lives.
 *
 * @param enabled whether its endpoints answer at all
 * @param basePath the prefix of every path, {@code /api/v1} as in the document's local base URL; normalised by
 *     {@link io.polydesk.compat.support.BasePath}
 * @param secondBasePath a second prefix the same endpoints also answer under, such as {@code /ticketing/v1} (the
 *     document's production base URL); empty (the default) for none
 */
@ConfigurationProperties(TicketingV1Dialect.PROPERTIES)
public record TicketingV1Properties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/api/v1") String basePath,
        @DefaultValue("") String secondBasePath) {}
