package io.polydesk.persistence;

import io.polydesk.persistence.testing.RealDatabase;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs a repository test class on the real MySQL-family server; all such classes share one context. Without a
 * server the class is reported as skipped, with the reason, before Spring tries to connect; on CI that is a
 * failure instead.
 */
@ExtendWith(OnMySql.RealDatabaseCondition.class)
public interface OnMySql {

    @DynamicPropertySource
    static void realDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealDatabase.require().url());
        registry.add("spring.datasource.username", () -> RealDatabase.require().username());
        registry.add("spring.datasource.password", () -> RealDatabase.require().password());
    }

    /** Turns {@link RealDatabase#require()}'s verdict into a JUnit condition. */
    final class RealDatabaseCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try {
                RealDatabase.require();
                return ConditionEvaluationResult.enabled("a real database is configured");
            } catch (TestAbortedException e) {
                return ConditionEvaluationResult.disabled(e.getMessage());
            }
        }
    }
}
