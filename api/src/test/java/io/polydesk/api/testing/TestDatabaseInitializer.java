package io.polydesk.api.testing;

import io.polydesk.persistence.testing.H2Database;
import io.polydesk.persistence.testing.RealDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the real test database when there is one, else at a fresh in-memory H2. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabaseInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props;
        var real = RealDatabase.connection();
        if (real.isPresent()) {
            log.info("Integration tests run on {}", real.get().url().replaceAll("password=[^&]*", "password=***"));
            props = Map.of(
                    "spring.datasource.url",
                    real.get().url(),
                    "spring.datasource.username",
                    real.get().username(),
                    "spring.datasource.password",
                    real.get().password(),
                    "polydesk.security.jwt-private-key",
                    TestSigningKey.pem());
        } else {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "CI must run the integration tests on a real database:" + " set POLYDESK_TEST_JDBC_URL");
            }
            log.info("No real test database configured; integration tests run on H2");
            props = Map.of(
                    "spring.datasource.url",
                    H2Database.newUrl(),
                    "spring.datasource.username",
                    "sa",
                    "spring.datasource.password",
                    "");
        }
        try {
            Path dataDir = Files.createTempDirectory("polydesk-test-data");
            props = new java.util.HashMap<>(props);
            props.put("polydesk.data-dir", dataDir.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("polydesk-test-db", props));
    }
}
