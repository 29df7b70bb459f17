package io.polydesk.persistence;

import io.polydesk.persistence.testing.H2Database;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Runs a repository test class on a fresh in-memory H2 in MySQL mode; all such classes share one context. */
public interface OnH2 {

    @DynamicPropertySource
    static void h2Database(DynamicPropertyRegistry registry) {
        String url = H2Database.newUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }
}
