package io.polydesk.api.graphql.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The depth and complexity limits come from {@code polydesk.graphql.*}, not from code. */
@PolydeskIntegrationTest
@TestPropertySource(properties = {"polydesk.graphql.max-depth=3", "polydesk.graphql.max-complexity=5"})
class ConfiguredQueryLimitsTest extends GraphQlTestSupport {

    @Test
    void queryWithinConfiguredLimitsRuns() {
        as(users.agent())
                .document("{ me { id username } }")
                .execute()
                .path("me.username")
                .hasValue();
    }

    @Test
    void queryDeeperThanConfiguredIsRefused() {
        var error = singleError(
                as(users.agent())
                        .document("{ tickets { edges { node { id } } } }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "MAX_DEPTH_EXCEEDED");
    }

    @Test
    void queryMoreComplexThanConfiguredIsRefused() {
        var error = singleError(
                as(users.agent())
                        .document("{ a: me { id } b: me { id } c: me { id } }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions())
                .isEqualTo(Map.of(
                        "classification",
                        "BAD_REQUEST",
                        "code",
                        "MAX_COMPLEXITY_EXCEEDED",
                        "cost",
                        Map.of("requested", 6, "limit", 5)));
    }
}
