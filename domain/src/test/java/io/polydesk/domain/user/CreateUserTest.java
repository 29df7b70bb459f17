package io.polydesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Role;
import org.junit.jupiter.api.Test;

class CreateUserTest {

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThatThrownBy(() -> new CreateUser(
                        " ", "not-an-email", "short", null, null, null, null, null, null, "Mars/Olympus"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("username", "email", "password", "role", "timeZone"));
    }

    @Test
    void usernameCannotHoldTheBasicSeparator() {
        assertThatThrownBy(() -> new CreateUser(
                        "a:b", "a@example.com", "long-enough", null, null, Role.AGENT, null, null, null, null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void passwordBeyondWhatBcryptReadsIsRefused() {
        String seventyThreeBytes = "ü".repeat(36) + "x";
        assertThatThrownBy(() -> new CreateUser(
                        "jane", "jane@example.com", seventyThreeBytes, null, null, Role.AGENT, null, null, null, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("password")
                .satisfies(e -> assertThat(((DomainException) e).details())
                        .extracting(FieldError::message)
                        .containsExactly("must be at most 72 bytes in UTF-8"));
    }

    @Test
    void validUserPasses() {
        CreateUser user = new CreateUser(
                "jane",
                "jane@example.com",
                "long-enough",
                "Jane",
                "Doe",
                Role.AGENT,
                null,
                null,
                null,
                "Europe/Berlin");
        assertThat(user.username()).isEqualTo("jane");
    }
}
