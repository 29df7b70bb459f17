package io.polydesk.api.graphql.auth;

import io.polydesk.domain.token.AccessTokens;
import io.polydesk.domain.token.IssuedToken;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Signing in over GraphQL; the token is the same JWT the REST login issues. */
@Controller
class LoginGraphQlController {

    record LoginInput(String login, String password) {}

    private final AccessTokens accessTokens;

    LoginGraphQlController(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    /** {@link IssuedToken} has exactly the payload's shape: {@code token}, {@code expiresAt} and {@code user}. */
    @MutationMapping
    IssuedToken login(@Argument LoginInput input) {
        return accessTokens.login(input.login(), input.password());
    }
}
