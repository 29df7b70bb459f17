package io.polydesk.api.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input that the database could not hold is a BAD_REQUEST naming the field, never an internal error. */
@PolydeskIntegrationTest
class StorageBoundsTest extends GraphQlTestSupport {

    private static final String SAVE = """
            mutation ($input: CreateSavedSearchInput!) { createSavedSearch(input: $input) { savedSearch { id } } }""";

    @Test
    void datesBeyondTheYearsADatabaseHoldsAreBadRequest() {
        TestUser agent = users.agent();
        for (String extreme : List.of("+999999999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "10000-01-01T00:00:00Z")) {
            var error = singleError(
                    as(agent)
                            .document(
                                    "query ($from: DateTime) { tickets(filter: {createdFrom: $from}) { totalCount } }")
                            .variable("from", extreme)
                            .execute(),
                    "BAD_REQUEST");
            assertThat(error.getMessage()).contains("between the years 1000 and 9999");
        }
        var saved = singleError(
                as(agent)
                        .document(SAVE)
                        .variable(
                                "input",
                                Map.of(
                                        "name",
                                        "far future",
                                        "ticketFilter",
                                        Map.of("createdTo", "9999999-01-01T00:00:00Z")))
                        .execute(),
                "BAD_REQUEST");
        assertThat(saved.getMessage()).contains("1000 and 9999");
    }

    @Test
    void aSavedSearchWhoseKeysWouldNotFitItsColumnIsBadRequest() {
        List<String> manyStatuses = Collections.nCopies(200, "in_progress");

        var error = singleError(
                as(users.agent())
                        .document(SAVE)
                        .variable("input", Map.of("name", "too many", "ticketFilter", Map.of("status", manyStatuses)))
                        .execute(),
                "BAD_REQUEST");

        assertThat(detailFields(error)).containsExactly("input.ticketFilter.status");
    }
}
