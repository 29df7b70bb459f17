package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person as ticket detail and comment lists show them; {@code username} is the e-mail, as Arctyk signs in by it. */
public record UserRef(
        long id, String username, @JsonProperty("full_name") String fullName) {}
