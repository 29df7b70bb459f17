package io.polydesk.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphQlOperationObservationConventionTest {

    private final GraphQlOperationObservationConvention convention = new GraphQlOperationObservationConvention();

    @Test
    void keepsWellFormedNamesUpToTheCapAndCountsTheRestAsOther() {
        for (int i = 0; i < GraphQlOperationObservationConvention.MAX_NAMES; i++) {
            assertThat(convention.bounded("Screen" + i)).isEqualTo("Screen" + i);
        }

        assertThat(convention.bounded("OneTooMany")).isEqualTo("other");
        assertThat(convention.bounded("Screen7"))
                .as("a name seen before the cap")
                .isEqualTo("Screen7");
    }

    @Test
    void namesNoMalformedOrMissingOperation() {
        assertThat(convention.bounded(null)).isEqualTo("anonymous");
        assertThat(convention.bounded("")).isEqualTo("anonymous");
        assertThat(convention.bounded("drop table\"")).isEqualTo("other");
        assertThat(convention.bounded("x".repeat(65))).isEqualTo("other");
    }
}
