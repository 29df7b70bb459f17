package io.polydesk.compat.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.compat.support.drf.DrfFilterWording;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Query parameters: blank means absent, malformed values are collected, names can be matched ignoring case. */
class QueryParamsTest {

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void valuesAreReadAndBlankOnesDoNotCount() {
        QueryParams query = QueryParams.of(
                params("page", "3", "q", "  ", "open", "yes", "from", "2026-01-31", "status", "new"),
                DrfFilterWording.INSTANCE);

        assertThat(query.integer("page", 1, 1)).isEqualTo(3);
        assertThat(query.integer("limit", 20, 1)).isEqualTo(20);
        assertThat(query.text("q")).isNull();
        assertThat(query.bool("open")).isTrue();
        assertThat(query.date("from")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(query.choice("status", Set.of("new", "open"))).isEqualTo("new");
        query.validate();
    }

    @Test
    void everyMalformedValueIsReportedAtOnce() {
        QueryParams query = QueryParams.of(
                params("page", "x", "limit", "0", "open", "perhaps", "from", "31.01.2026", "status", "gone"),
                DrfFilterWording.INSTANCE);
        query.integer("page", 1, 1);
        query.integer("limit", 20, 1);
        query.bool("open");
        query.date("from");
        query.choice("status", Set.of("new"));

        assertThatThrownBy(query::validate)
                .isInstanceOfSatisfying(
                        RequestRejected.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("page", List.of("A valid integer is required."))
                                .containsEntry("limit", List.of("Ensure this value is greater than or equal to 1."))
                                .containsEntry(
                                        "open",
                                        List.of("Select a valid choice. perhaps is not one of the available choices."))
                                .containsEntry("from", List.of("Enter a valid date."))
                                .containsEntry(
                                        "status",
                                        List.of("Select a valid choice. gone is not one of the available choices."))
                                .hasSize(5));
    }

    @Test
    void namesMatchIgnoringCaseOnlyWhenAsked() {
        MultiValueMap<String, String> sent = params("TicketID", "7");

        assertThat(QueryParams.ignoringCase(sent, DrfFilterWording.INSTANCE).integer("ticketid", 0, 1))
                .isEqualTo(7);
        assertThat(QueryParams.of(sent, DrfFilterWording.INSTANCE).integer("ticketid", 0, 1))
                .isZero();
    }
}
