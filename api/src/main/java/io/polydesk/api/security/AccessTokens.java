package io.polydesk.api.security;

/**
 * Signs in with a login (username or e-mail) and password and issues a signed JWT. Used by the GraphQL
 * {@code login} mutation and {@code POST /api/v1/auth/login}.
 */
public interface AccessTokens {

    /** Throws {@code DomainException} with {@code UNAUTHENTICATED} for any wrong login or password. */
    IssuedToken login(String login, String password);
}
