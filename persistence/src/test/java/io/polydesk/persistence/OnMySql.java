package io.polydesk.persistence;

import io.polydesk.persistence.testing.RealDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs a repository test class on the real MySQL-family server. Without one the class is skipped (on CI it
 * fails instead), before Spring tries to connect.
 */
public interface OnMySql {

    @BeforeAll
    static void requireRealDatabase() {
        RealDatabase.require();
    }

    @DynamicPropertySource
    static void realDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealDatabase.require().url());
        registry.add("spring.datasource.username", () -> RealDatabase.require().username());
        registry.add("spring.datasource.password", () -> RealDatabase.require().password());
    }
}
