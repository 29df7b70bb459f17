package io.polydesk.api.security;

import io.polydesk.api.config.PolydeskProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The RSA key pair that signs Polydesk's own JWTs: the configured one, or one generated on first start and
 * kept (owner-readable only) under the data directory so that issued tokens survive a restart.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final String FILE_NAME = "jwt-signing-key.pem";

    private final KeyPair keyPair;

    public SigningKeys(SecurityProperties security, PolydeskProperties polydesk) {
        this.keyPair =
                security.jwtPrivateKey() != null && !security.jwtPrivateKey().isBlank()
                        ? fromPem(security.jwtPrivateKey())
                        : loadOrGenerate(Path.of(polydesk.dataDir()).resolve(FILE_NAME));
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keyPair.getPublic();
    }

    public RSAPrivateKey privateKey() {
        return (RSAPrivateKey) keyPair.getPrivate();
    }

    private static KeyPair loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "jwt-key", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("File system has no POSIX permissions; key file keeps default permissions");
            }
            Files.writeString(temp, toPem(pair), StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Generated a new token signing key in {}", file.toAbsolutePath());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the token signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    static KeyPair fromPem(String pem) {
        try {
            String body =
                    pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("polydesk.security.jwt-private-key is not a PKCS#8 PEM RSA private key", e);
        }
    }

    private static String toPem(KeyPair pair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }
}
