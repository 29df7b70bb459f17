package io.polydesk.api.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The first administrator, created on a database with no users (POLYDESK_ADMIN_*). */
@ConfigurationProperties("polydesk.admin")
public record AdminProperties(
        @DefaultValue("admin") String username,
        @DefaultValue("admin@example.com") String email,
        String password) {}
