package io.polydesk.api.graphql.customfield;

import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The ticket custom field definitions; their values are read through {@code Ticket.customFields}. */
@Controller
class CustomFieldGraphQlController {

    private final CustomFieldService fields;

    CustomFieldGraphQlController(CustomFieldService fields) {
        this.fields = fields;
    }

    @QueryMapping
    List<CustomFieldDefinition> customFields(@AuthenticationPrincipal Actor actor) {
        return fields.ticketFields(actor);
    }

    @MutationMapping
    DefineTicketCustomFieldPayload defineTicketCustomField(
            @Argument DefineTicketCustomFieldInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new DefineTicketCustomFieldPayload(fields.define(
                actor,
                input.key(),
                input.name(),
                input.type(),
                input.options(),
                Boolean.TRUE.equals(input.required())));
    }

    record DefineTicketCustomFieldInput(
            String key, String name, CustomFieldType type, List<String> options, Boolean required) {}

    record DefineTicketCustomFieldPayload(CustomFieldDefinition customField) {}
}
