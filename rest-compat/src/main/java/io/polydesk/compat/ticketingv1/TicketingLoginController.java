package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.token.AccessTokens;
import io.polydesk.domain.token.IssuedToken;
import io.polydesk.domain.user.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/login}: e-mail and password in, a signed access token and the user out, with no envelope. */
@RestController
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingLoginController {

    record LoginRequest(String email, String password) {}

    record LoginUser(String id, String name, String email, String role) {}

    record LoginResponse(String token, Instant expires_at, LoginUser user) {}

    private final AccessTokens tokens;

    TicketingLoginController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(TicketingV1Dialect.LOGIN)
    LoginResponse login(@RequestBody LoginRequest request) {
        if (request == null) {
            throw DomainException.invalid("body", "must be a JSON object");
        }
        new Validation()
                .required(request.email(), "email")
                .required(request.password(), "password")
                .throwIfInvalid();
        IssuedToken issued = tokens.login(request.email(), request.password());
        User user = issued.user();
        return new LoginResponse(
                issued.token(),
                issued.expiresAt().truncatedTo(ChronoUnit.SECONDS),
                new LoginUser(
                        Long.toString(user.id()),
                        user.fullName(),
                        user.email(),
                        user.role().name().toLowerCase()));
    }
}
