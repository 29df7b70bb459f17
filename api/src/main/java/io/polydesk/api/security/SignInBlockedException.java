package io.polydesk.api.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A credential refused unchecked because its login or address is blocked; answered 429 with Retry-After. */
class SignInBlockedException extends BadCredentialsException {

    private final long retryAfterSeconds;

    SignInBlockedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
