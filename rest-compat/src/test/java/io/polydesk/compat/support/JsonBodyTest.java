package io.polydesk.compat.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.compat.support.drf.DrfFieldWording;
import io.polydesk.domain.shared.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Absent, null and wrongly typed values are told apart, and every field error comes back in one answer. */
class JsonBodyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonBody body(String json) {
        return JsonBody.of(JSON.readTree(json), DrfFieldWording.INSTANCE);
    }

    @Test
    void absentKeepsNullClearsAndValuesAreRead() {
        JsonBody body =
                body("{\"title\":\"Printer\",\"note\":null,\"project\":\"7\",\"due\":\"2026-12-24\",\"urgent\":true}");

        assertThat(body.text("title")).isEqualTo(Change.to("Printer"));
        assertThat(body.text("note")).isEqualTo(Change.to(null));
        assertThat(body.text("missing").isPresent()).isFalse();
        assertThat(body.id("project")).isEqualTo(Change.to(7L));
        assertThat(body.date("due")).isEqualTo(Change.to(LocalDate.of(2026, 12, 24)));
        assertThat(body.bool("urgent")).isEqualTo(Change.to(true));
        body.validate();
    }

    @Test
    void everyWrongTypeIsReportedAtOnceInTheDialectsWords() {
        JsonBody body = body("{\"title\":[1],\"project\":\"seven\",\"due\":\"24/12\",\"urgent\":\"yes\","
                + "\"priority\":\"extreme\",\"status\":null}");
        body.text("title");
        body.id("project");
        body.date("due");
        body.bool("urgent");
        body.choice("priority", Set.of("low", "high"));
        body.choice("status", Set.of("open"));

        assertThatThrownBy(body::validate)
                .isInstanceOfSatisfying(
                        RequestRejected.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("title", List.of("Not a valid string."))
                                .containsEntry("project", List.of("Incorrect type. Expected pk value, received str."))
                                .containsEntry(
                                        "due",
                                        List.of("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."))
                                .containsEntry("urgent", List.of("Must be a valid boolean."))
                                .containsEntry("priority", List.of("\"extreme\" is not a valid choice."))
                                .containsEntry("status", List.of("This field may not be null."))
                                .hasSize(6));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedUnderTheBodyField() {
        JsonNode list = JSON.readTree("[1,2]");

        assertThatThrownBy(() -> JsonBody.of(list, DrfFieldWording.INSTANCE))
                .isInstanceOfSatisfying(
                        RequestRejected.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactlyEntriesOf(java.util.Map.of(
                                        "non_field_errors",
                                        List.of("Invalid data. Expected a dictionary, but got list."))));
    }
}
