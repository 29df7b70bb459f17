package io.polydesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** For rule tests: the fields a command's INVALID error names, or a failure when it raises none. */
public final class InvalidFields {

    private InvalidFields() {}

    public static List<String> of(Runnable command) {
        try {
            command.run();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID);
            return e.details().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected INVALID");
    }
}
