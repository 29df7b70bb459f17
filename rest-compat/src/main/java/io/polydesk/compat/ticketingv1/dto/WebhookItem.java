package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A registered webhook as {@code /webhooks} shows it. {@code secret} is present only in the answer to the {@code
 * POST} that made it: it is shown once.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record WebhookItem(
        String id,
        String url,
        List<String> events,
        String description,
        boolean active,

        @JsonProperty("disabled_reason") @JsonInclude(JsonInclude.Include.ALWAYS)
        String disabledReason,

        String secret,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {}
