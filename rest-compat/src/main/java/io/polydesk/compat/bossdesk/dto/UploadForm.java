package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** {@code GET /cis/:friendly_id/attachments/new}: where to post the file and the signed fields to post with it. */
public record UploadForm(
        @JsonProperty("post_url") String postUrl,
        @JsonProperty("post_fields") Map<String, String> postFields) {}
