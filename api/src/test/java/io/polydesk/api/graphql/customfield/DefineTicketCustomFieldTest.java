package io.polydesk.api.graphql.customfield;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

/** Administrators define ticket custom fields through GraphQL; tickets then carry them. */
@PolydeskIntegrationTest
class DefineTicketCustomFieldTest extends GraphQlTestSupport {

    private static final String DEFINE = """
            mutation ($input: DefineTicketCustomFieldInput!) {
              defineTicketCustomField(input: $input) { customField { id key name type options required } }
            }""";
    private static final String DEFINE_ASSET_FIELD = """
            mutation ($input: DefineAssetCustomFieldInput!) {
              defineAssetCustomField(input: $input) { customField { id } }
            }""";

    private String key;

    @BeforeEach
    void setUp() {
        key = ("f_" + unique()).toLowerCase().replace('-', '_');
    }

    @Test
    void administratorDefinesAFieldThatEverybodyListsAndTicketsCarry() {
        as(users.admin())
                .document(DEFINE)
                .variable(
                        "input",
                        Map.of(
                                "key",
                                key,
                                "name",
                                " Site ",
                                "type",
                                "DROPDOWN",
                                "options",
                                List.of("north", "south"),
                                "required",
                                false))
                .execute()
                .path("defineTicketCustomField.customField.key")
                .entity(String.class)
                .isEqualTo(key)
                .path("defineTicketCustomField.customField.name")
                .entity(String.class)
                .isEqualTo("Site")
                .path("defineTicketCustomField.customField.type")
                .entity(String.class)
                .isEqualTo("DROPDOWN")
                .path("defineTicketCustomField.customField.options")
                .entityList(String.class)
                .containsExactly("north", "south")
                .path("defineTicketCustomField.customField.required")
                .entity(Boolean.class)
                .isEqualTo(false);

        TestUser customer = users.customer();
        as(customer)
                .document("{ customFields { key } }")
                .execute()
                .path("customFields[*].key")
                .entityList(String.class)
                .contains(key);
        as(customer)
                .document("{ assetCustomFields { key } }")
                .execute()
                .path("assetCustomFields[*].key")
                .entityList(String.class)
                .doesNotContain(key);
        as(customer)
                .document("""
                        mutation ($key: String!) {
                          createTicket(input: {title: "Heating", customFields: [{key: $key, value: "north"}]}) {
                            ticket { customFields { key value } }
                          }
                        }""")
                .variable("key", key)
                .execute()
                .path("createTicket.ticket.customFields[?(@.key == '" + key + "')].value")
                .entityList(String.class)
                .containsExactly("north");
    }

    @Test
    void badDefinitionsAndTakenKeysAreRefused() {
        ResponseError bad = singleError(
                as(users.admin())
                        .document(DEFINE)
                        .variable("input", Map.of("key", "Not a key", "name", " ", "type", "DROPDOWN"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(bad)).containsExactlyInAnyOrder("input.key", "input.name", "input.options");
        singleError(
                as(users.admin())
                        .document(DEFINE)
                        .variable("input", Map.of("key", key, "name", "Site", "type", "COLOUR"))
                        .execute(),
                "BAD_REQUEST");

        as(users.admin())
                .document(DEFINE)
                .variable("input", Map.of("key", key, "name", "Site", "type", "STRING"))
                .execute()
                .path("defineTicketCustomField.customField.id")
                .hasValue();
        ResponseError taken = singleError(
                as(users.admin())
                        .document(DEFINE)
                        .variable("input", Map.of("key", key, "name", "Other", "type", "TEXT"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(taken)).containsExactly("input.key");
        // Keys are shared with asset fields.
        ResponseError takenByTickets = singleError(
                as(users.admin())
                        .document(DEFINE_ASSET_FIELD)
                        .variable("input", Map.of("key", key, "name", "Other", "type", "TEXT"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(takenByTickets)).containsExactly("input.key");
    }

    @Test
    void onlyAdministratorsDefineFieldsAndNobodyAnonymously() {
        Map<String, Object> input = Map.of("key", key, "name", "Site", "type", "STRING");
        for (TestUser user : List.of(users.agent(), users.customer())) {
            singleError(as(user).document(DEFINE).variable("input", input).execute(), "FORBIDDEN");
        }
        singleError(anonymous().document(DEFINE).variable("input", input).execute(), "UNAUTHORIZED");
        as(users.agent())
                .document("{ customFields { key } }")
                .execute()
                .path("customFields[*].key")
                .entityList(String.class)
                .doesNotContain(key);
    }
}
