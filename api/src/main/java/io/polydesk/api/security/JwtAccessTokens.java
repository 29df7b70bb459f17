package io.polydesk.api.security;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.token.AccessTokens;
import io.polydesk.domain.token.IssuedToken;
import io.polydesk.domain.user.SignInGuard;
import io.polydesk.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs Polydesk's own access tokens. The {@code pv} claim pins the token to the user's password version,
 * so a password change ends every token issued before it.
 */
@Component
class JwtAccessTokens implements AccessTokens {

    static final String PASSWORD_VERSION = "pv";

    private final SignInGuard signIns;
    private final JwtEncoder encoder;
    private final SecurityProperties properties;
    private final Clock clock;

    JwtAccessTokens(SignInGuard signIns, SigningKeys keys, SecurityProperties properties, Clock clock) {
        this.signIns = signIns;
        this.encoder = NimbusJwtEncoder.withKeyPair(keys.publicKey(), keys.privateKey())
                .build();
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public IssuedToken login(String login, String password) {
        User user = signIns.verify(login, password, ClientAddress.current())
                .orElseThrow(() -> DomainException.unauthenticated("Invalid login or password"));
        return issue(user);
    }

    IssuedToken issue(User user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.jwtTtl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.jwtIssuer())
                .subject(Long.toString(user.id()))
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("preferred_username", user.username())
                .claim("email", user.email())
                .claim("role", user.role().name())
                .claim(PASSWORD_VERSION, user.passwordVersion())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, expiresAt, user);
    }
}
