package io.polydesk.api.security;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.text.ParseException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Checks a JWT: Polydesk's own (signature, issuer, expiry, and the password version it was issued under), or,
 * when an OpenID Connect issuer is configured, that issuer's, whose users are matched by e-mail.
 */
@Component
class JwtCredentials {

    private final NimbusJwtDecoder ownTokens;
    private final String ownIssuer;
    private final ObjectProvider<JwtDecoder> externalIssuer;
    private final UserQueries users;
    private final String externalAudience;
    private final boolean requireVerifiedEmail;

    JwtCredentials(
            SigningKeys keys,
            SecurityProperties properties,
            ObjectProvider<JwtDecoder> externalIssuer,
            UserQueries users) {
        this.ownTokens = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
        this.ownTokens.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.jwtIssuer()));
        this.ownIssuer = properties.jwtIssuer();
        this.externalIssuer = externalIssuer;
        this.users = users;
        this.externalAudience = properties.oidcAudience();
        this.requireVerifiedEmail = properties.oidcRequireVerifiedEmail();
    }

    /** The live user the token speaks for; a bad, expired or outdated token is refused. */
    User authenticate(String token) {
        String issuer = unverifiedIssuer(token);
        if (ownIssuer.equals(issuer)) {
            Jwt jwt = decode(ownTokens, token);
            Number passwordVersion = jwt.getClaim(JwtAccessTokens.PASSWORD_VERSION);
            return userById(jwt.getSubject())
                    .filter(u -> passwordVersion != null && u.passwordVersion() == passwordVersion.intValue())
                    .orElseThrow(() -> new BadCredentialsException("The token is no longer valid"));
        }
        JwtDecoder external = externalIssuer.getIfAvailable();
        if (external == null) {
            throw new BadCredentialsException("The token was not issued by this server");
        }
        Jwt jwt = decode(external, token);
        if (externalAudience != null
                && !externalAudience.isBlank()
                && (jwt.getAudience() == null || !jwt.getAudience().contains(externalAudience))) {
            throw new BadCredentialsException("The token is not meant for this server");
        }
        // An address the issuer has not verified could be anybody's, so it must not pick a Polydesk account.
        if (requireVerifiedEmail && !Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified"))) {
            throw new BadCredentialsException("The token's e-mail address is not verified");
        }
        String email = jwt.getClaimAsString("email");
        return Optional.ofNullable(email)
                .flatMap(users::byEmail)
                .filter(User::active)
                .orElseThrow(() -> new BadCredentialsException("No active user has the token's e-mail address"));
    }

    private Optional<User> userById(String subject) {
        try {
            return users.byId(Long.parseLong(subject)).filter(User::active);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Jwt decode(JwtDecoder decoder, String token) {
        try {
            return decoder.decode(token);
        } catch (JwtException e) {
            throw new BadCredentialsException("The token is invalid or expired", e);
        }
    }

    private static String unverifiedIssuer(String token) {
        try {
            // Only signed tokens are accepted; an encrypted one has no readable claims before decryption.
            if (!(JWTParser.parse(token) instanceof SignedJWT signed)) {
                throw new BadCredentialsException("The token is not a signed JWT");
            }
            return signed.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new BadCredentialsException("The token is not a JWT", e);
        }
    }
}
