package io.polydesk.api.graphql.customfield;

import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The custom field definitions; their values are read through {@code Ticket.customFields}. */
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
}
