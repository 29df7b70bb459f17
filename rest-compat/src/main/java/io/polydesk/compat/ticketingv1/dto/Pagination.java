package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Laravel-style page facts; the links are relative, below the base path, and null at either end. */
public record Pagination(
        long total,
        @JsonProperty("per_page") int perPage,
        @JsonProperty("current_page") int currentPage,
        @JsonProperty("last_page") int lastPage,
        @JsonProperty("next_page_url") String nextPageUrl,
        @JsonProperty("prev_page_url") String prevPageUrl) {}
