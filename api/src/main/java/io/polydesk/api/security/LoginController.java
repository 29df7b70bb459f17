package io.polydesk.api.security;

import io.polydesk.domain.user.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/login}: e-mail (or username) and password in, a signed JWT out, in the shape the
 * Ticketing Platform API documents (no envelope, string ids).
 */
@RestController
class LoginController {

    record LoginRequest(String email, String password) {}

    record LoginUser(String id, String name, String email, String role) {}

    record LoginResponse(String token, Instant expires_at, LoginUser user) {}

    private final AccessTokens tokens;

    LoginController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/login")
    LoginResponse login(@RequestBody LoginRequest request) {
        LoginErrors.requireFields(request);
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
