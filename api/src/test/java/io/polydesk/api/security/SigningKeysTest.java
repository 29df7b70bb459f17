package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.api.config.PolydeskProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private static SecurityProperties security(String pem) {
        return new SecurityProperties(
                pem, "polydesk", Duration.ofHours(1), Duration.ofMinutes(5), 100, "polydesk", true);
    }

    @Test
    void generatedKeyIsKeptUnderTheDataDirectorySoTokensSurviveARestart(@TempDir Path dir) throws Exception {
        PolydeskProperties properties = new PolydeskProperties(dir.toString(), "TKT");
        SigningKeys first = new SigningKeys(security(null), properties);
        SigningKeys second = new SigningKeys(security(null), properties);

        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        Path file = dir.resolve(SigningKeys.FILE_NAME);
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }

    @Test
    void configuredKeyWinsOverTheDataDirectory(@TempDir Path dir) throws Exception {
        PolydeskProperties properties = new PolydeskProperties(dir.toString(), "TKT");
        SigningKeys generated = new SigningKeys(security(null), properties);
        String pem = Files.readString(dir.resolve(SigningKeys.FILE_NAME));

        SigningKeys configured = new SigningKeys(
                security(pem), new PolydeskProperties(dir.resolve("other").toString(), "TKT"));

        assertThat(configured.publicKey()).isEqualTo(generated.publicKey());
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void badConfiguredKeyStopsStartupWithAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> new SigningKeys(security("not a key"), new PolydeskProperties(dir.toString(), "TKT")))
                .hasMessageContaining("polydesk.security.jwt-private-key");
    }

    @Test
    void derivedSecretsAreTheSameForTheSameKeyAndDifferPerPurpose(@TempDir Path dir) throws Exception {
        PolydeskProperties properties = new PolydeskProperties(dir.toString(), "TKT");
        SigningKeySecrets first = new SigningKeySecrets(new SigningKeys(security(null), properties));
        SigningKeySecrets afterRestart = new SigningKeySecrets(new SigningKeys(security(null), properties));
        SigningKeySecrets otherInstallation = new SigningKeySecrets(new SigningKeys(
                security(null), new PolydeskProperties(dir.resolve("other").toString(), "TKT")));

        assertThat(afterRestart.secret("links"))
                .isEqualTo(first.secret("links"))
                .hasSize(32);
        assertThat(first.secret("uploads")).isNotEqualTo(first.secret("links"));
        assertThat(otherInstallation.secret("links")).isNotEqualTo(first.secret("links"));
    }
}
