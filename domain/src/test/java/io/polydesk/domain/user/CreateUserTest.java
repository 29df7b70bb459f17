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
        assertThatThrownBy(() -> CreateUser.builder(" ", "not-an-email", "short", null)
                        .timeZone("Mars/Olympus")
                        .build())
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("username", "email", "password", "role", "timeZone"));
    }

    @Test
    void usernameCannotHoldTheBasicSeparator() {
        assertThatThrownBy(() -> CreateUser.builder("a:b", "a@example.com", "long-enough", Role.AGENT)
                        .build())
                .isInstanceOf(DomainException.class);
    }

    @Test
    void passwordBeyondWhatBcryptReadsIsRefused() {
        String seventyThreeBytes = "ü".repeat(36) + "x";
        assertThatThrownBy(() -> CreateUser.builder("jane", "jane@example.com", seventyThreeBytes, Role.AGENT)
                        .build())
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("password")
                .satisfies(e -> assertThat(((DomainException) e).details())
                        .extracting(FieldError::message)
                        .containsExactly("must be at most 72 bytes in UTF-8"));
    }

    @Test
    void validUserPasses() {
        CreateUser user = CreateUser.builder("jane", "jane@example.com", "long-enough", Role.AGENT)
                .firstName("Jane")
                .lastName("Doe")
                .timeZone("Europe/Berlin")
                .build();
        assertThat(user.username()).isEqualTo("jane");
    }
}
