package io.polydesk.domain.token;

/**
 * Signs in with a login (username or e-mail) and password and issues a signed, expiring access token: the
 * GraphQL {@code login} mutation and the dialects' login calls use it. How the token is signed is the
 * application's business.
 */
public interface AccessTokens {

    /** Throws {@code DomainException} with {@code UNAUTHENTICATED} for any wrong login or password. */
    IssuedToken login(String login, String password);
}
