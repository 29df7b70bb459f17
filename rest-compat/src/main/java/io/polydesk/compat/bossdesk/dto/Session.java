package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/** {@code POST /sessions}: the user, a fresh API key and what the user may do per resource. */
public record Session(
        @JsonUnwrapped UserDetail user,
        @JsonProperty("api_key") String apiKey,
        Map<String, List<String>> permissions) {}
