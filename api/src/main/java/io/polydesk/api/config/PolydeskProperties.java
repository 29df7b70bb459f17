package io.polydesk.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation settings under {@code polydesk.*}.
 *
 * @param dataDir where the embedded database, the generated signing key and (later) files live
 * @param ticketNumberPrefix the {@code TKT} of {@code TKT-001}
 */
@ConfigurationProperties("polydesk")
public record PolydeskProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("TKT") String ticketNumberPrefix) {}
