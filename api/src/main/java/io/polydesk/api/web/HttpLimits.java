package io.polydesk.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send, under {@code polydesk.http}.
 *
 * @param maxBodySize the largest request body outside file uploads
 */
@ConfigurationProperties("polydesk.http")
public record HttpLimits(@DefaultValue("1MB") DataSize maxBodySize) {}
