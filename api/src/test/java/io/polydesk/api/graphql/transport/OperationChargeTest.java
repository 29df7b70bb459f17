package io.polydesk.api.graphql.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One request cannot hide a batch of sign-ins or writes, and unpaged lists and aggregates weigh what they cost. */
@PolydeskIntegrationTest
class OperationChargeTest extends GraphQlTestSupport {

    @Test
    void twoLoginsInOneRequestAreRefusedBeforeEitherRuns() {
        TestUser agent = users.agent();
        String login = "login(input: {login: \"" + agent.user().username() + "\", password: \"" + agent.password()
                + "\"}) { token }";
        var response = anonymous()
                .document("mutation { a: " + login + " b: " + login + " }")
                .execute();

        var error = singleError(response, "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "MAX_LOGINS_EXCEEDED");
        response.path("a").pathDoesNotExist();
    }

    @Test
    void loginsHiddenInFragmentsCountToo() {
        var error = singleError(anonymous().document("""
                                mutation { ...one ...two }
                                fragment one on Mutation { a: login(input: {login: "x", password: "y"}) { token } }
                                fragment two on Mutation { b: login(input: {login: "x", password: "z"}) { token } }
                                """).execute(), "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "MAX_LOGINS_EXCEEDED");
    }

    @Test
    void moreMutationFieldsThanAllowedAreRefusedAndNothingIsWritten() {
        TestUser customer = users.customer();
        String title = "batched-" + unique();
        String eleven = IntStream.range(0, 11)
                .mapToObj(i -> "m" + i + ": createTicket(input: {title: \"" + title
                        + "\", description: \"x\"}) { ticket { id } }")
                .collect(Collectors.joining(" "));

        var error =
                singleError(as(customer).document("mutation { " + eleven + " }").execute(), "BAD_REQUEST");

        assertThat(error.getExtensions()).containsEntry("code", "MAX_MUTATION_FIELDS_EXCEEDED");
        as(customer)
                .document("query ($text: String) { tickets(filter: {text: $text}) { totalCount } }")
                .variable("text", title)
                .execute()
                .path("tickets.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void tenMutationFieldsRun() {
        TestUser customer = users.customer();
        String ten = IntStream.range(0, 10)
                .mapToObj(i -> "m" + i + ": createTicket(input: {title: \"ten-" + i
                        + "\", description: \"x\"}) { ticket { id } }")
                .collect(Collectors.joining(" "));

        as(customer)
                .document("mutation { " + ten + " }")
                .execute()
                .path("m9.ticket.id")
                .hasValue();
    }

    @Test
    void unpagedListsNestedInEachOtherAreRefusedForWhatTheyCouldReturn() {
        var error = singleError(as(users.agent()).document("""
                                { tickets(first: 5) { edges { node { links { ticket { links { ticket {
                                    links { ticket { subTickets { subTickets { id } } } } } } } } } } } }""").execute(), "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "MAX_COMPLEXITY_EXCEEDED");
    }

    @Test
    void aggregatesWeighMoreThanAField() {
        var error = singleError(
                as(users.agent())
                        .document("{ "
                                + IntStream.range(0, 21)
                                        .mapToObj(
                                                i -> "s" + i
                                                        + ": ticketStatistics(from: \"2026-01-01\", to: \"2026-01-31\") { total }")
                                        .collect(Collectors.joining(" "))
                                + " }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "MAX_COMPLEXITY_EXCEEDED");
    }
}
