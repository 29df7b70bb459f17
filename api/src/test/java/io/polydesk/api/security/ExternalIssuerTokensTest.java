package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.polydesk.api.config.PolydeskProperties;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** An OpenID Connect token picks a Polydesk account only when it is meant for Polydesk and its address verified. */
class ExternalIssuerTokensTest {

    private static final String ISSUER = "https://login.example.com";

    private final UserQueries users = mock(UserQueries.class);
    private KeyPair issuerKeys;
    private JwtCredentials credentials;

    @TempDir
    Path dataDir;

    @BeforeEach
    void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        issuerKeys = generator.generateKeyPair();
        JwtDecoder external = NimbusJwtDecoder.withPublicKey((RSAPublicKey) issuerKeys.getPublic())
                .build();
        @SuppressWarnings("unchecked")
        ObjectProvider<JwtDecoder> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(external);
        SecurityProperties properties = new SecurityProperties(
                null, "polydesk", Duration.ofHours(1), Duration.ofMinutes(5), 100, "polydesk", true);
        credentials = new JwtCredentials(
                new SigningKeys(properties, new PolydeskProperties(dataDir.toString(), "TKT")),
                properties,
                provider,
                users);
        when(users.byEmail("jane@example.com")).thenReturn(Optional.of(jane()));
    }

    @Test
    void verifiedAddressForPolydeskPicksTheAccount() throws Exception {
        User user = credentials.authenticate(token(List.of("polydesk"), true));

        assertThat(user.username()).isEqualTo("jane");
    }

    @Test
    void tokenForAnotherAudienceIsRefused() throws Exception {
        String token = token(List.of("some-other-app"), true);

        assertThatThrownBy(() -> credentials.authenticate(token))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("not meant for this server");
    }

    @Test
    void unverifiedOrUnstatedAddressIsRefused() throws Exception {
        String unverified = token(List.of("polydesk"), false);
        String unstated = token(List.of("polydesk"), null);

        assertThatThrownBy(() -> credentials.authenticate(unverified))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("not verified");
        assertThatThrownBy(() -> credentials.authenticate(unstated)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void encryptedTokenShapeIsRefusedAsACredentialError() {
        String fiveParts = "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.AAAA.AAAA.AAAA.AAAA";

        assertThatThrownBy(() -> credentials.authenticate(fiveParts)).isInstanceOf(BadCredentialsException.class);
    }

    private String token(List<String> audience, Boolean emailVerified) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("external-42")
                .audience(audience)
                .claim("email", "jane@example.com")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        if (emailVerified != null) {
            claims.claim("email_verified", emailVerified);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner(issuerKeys.getPrivate()));
        return jwt.serialize();
    }

    private static User jane() {
        return new User(
                5,
                "jane",
                "jane@example.com",
                null,
                null,
                Role.AGENT,
                null,
                null,
                null,
                null,
                true,
                "{x}",
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
