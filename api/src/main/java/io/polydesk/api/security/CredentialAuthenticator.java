package io.polydesk.api.security;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.token.SessionCredential;
import io.polydesk.domain.token.VerifiedApiToken;
import io.polydesk.domain.user.SignInBlocked;
import io.polydesk.domain.user.SignInGuard;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * Turns any credential form Polydesk accepts into the caller: Basic (username or e-mail), Bearer JWT, Bearer
 * API token, and the Rails-style {@code Token token="..."}. Present but wrong credentials are an error, never
 * silently anonymous.
 */
@Component
class CredentialAuthenticator {

    /** Rails' token parameters: {@code token="..."}, possibly among others ({@code token="...", nonce="..."}). */
    private static final Pattern TOKEN_SCHEME = Pattern.compile("(?:^|,)\\s*token=\"?([^\",]+)\"?");

    private final SignInGuard signIns;
    private final UserQueries users;
    private final ApiTokenService apiTokens;
    private final JwtCredentials jwts;
    private final BasicCredentialCache basicCache;
    private final ApiTokenCache tokenCache;

    CredentialAuthenticator(
            SignInGuard signIns,
            UserQueries users,
            ApiTokenService apiTokens,
            JwtCredentials jwts,
            BasicCredentialCache basicCache,
            ApiTokenCache tokenCache) {
        this.signIns = signIns;
        this.users = users;
        this.apiTokens = apiTokens;
        this.jwts = jwts;
        this.basicCache = basicCache;
        this.tokenCache = tokenCache;
    }

    /** The caller, if credentials were given; {@code origin} is the client address, for the sign-in lockout. */
    Optional<Actor> authenticate(String authorization, String origin) {
        return signIn(authorization, origin).map(SignedIn::actor);
    }

    /** The caller and what their credential rests on, for a connection that outlives one request. */
    Optional<SignedIn> signIn(String authorization, String origin) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        String value = space < 0 ? "" : authorization.substring(space + 1).trim();
        if (value.isEmpty()) {
            throw new BadCredentialsException("Empty " + scheme + " credentials");
        }
        return Optional.of(
                switch (scheme.toLowerCase()) {
                    case "basic" -> signedIn(basic(value, origin), null);
                    case "bearer" ->
                        value.indexOf('.') >= 0 ? signedIn(jwts.authenticate(value), null) : apiToken(value);
                    case "token" -> apiToken(tokenParameter(value));
                    default -> throw new BadCredentialsException("Unsupported authorization scheme " + scheme);
                });
    }

    /** A caller, with the password version and API token their credential was valid for. */
    record SignedIn(Actor actor, int passwordVersion, Long tokenId) {

        SessionCredential credential() {
            return new SessionCredential(actor.userId(), actor.role(), passwordVersion, tokenId);
        }
    }

    private static SignedIn signedIn(User user, Long tokenId) {
        return new SignedIn(new Actor(user.id(), user.username(), user.role()), user.passwordVersion(), tokenId);
    }

    private User basic(String encoded, String origin) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new BadCredentialsException("Basic credentials need a login and a password");
        }
        String login = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<BasicCredentialCache.Verified> remembered = basicCache.lookup(login, password);
        if (remembered.isPresent()) {
            Optional<User> user = users.byId(remembered.get().userId())
                    .filter(User::active)
                    .filter(u -> u.passwordVersion() == remembered.get().passwordVersion());
            if (user.isPresent()) {
                return user.get();
            }
            basicCache.forget(login, password);
        }
        User user;
        try {
            user = signIns.verify(login, password, origin)
                    .orElseThrow(() -> new BadCredentialsException("Invalid login or password"));
        } catch (SignInBlocked e) {
            throw new SignInBlockedException(e.getMessage(), e.retryAfterSeconds());
        }
        basicCache.remember(login, password, user.id(), user.passwordVersion());
        return user;
    }

    private SignedIn apiToken(String secret) {
        Optional<ApiTokenCache.Verified> remembered = tokenCache.lookup(secret);
        if (remembered.isPresent()) {
            ApiTokenCache.Verified token = remembered.get();
            return new SignedIn(token.actor(), token.passwordVersion(), token.tokenId());
        }
        long generation = tokenCache.generation();
        VerifiedApiToken verified = apiTokens
                .authenticate(secret)
                .orElseThrow(() -> new BadCredentialsException("The API token is invalid, revoked or outdated"));
        SignedIn signedIn = signedIn(verified.user(), verified.tokenId());
        tokenCache.remember(
                secret,
                generation,
                new ApiTokenCache.Verified(verified.tokenId(), signedIn.actor(), signedIn.passwordVersion()));
        return signedIn;
    }

    private static String tokenParameter(String value) {
        Matcher m = TOKEN_SCHEME.matcher(value);
        return m.find() ? m.group(1) : value;
    }
}
