package io.polydesk.compat.ticketingv1;

import io.polydesk.api.testing.TestUsers;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** The document's example data: its custom fields defined, its files as real base64. */
final class TicketingV1Fixtures {

    static final String LOG_TEXT = "2025-05-04 14:20:01 ERROR export failed: timeout\n";

    private TicketingV1Fixtures() {}

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The fields the document's examples send ({@code browser}, {@code os}, {@code product_area}), as text. */
    static synchronized void defineDocumentCustomFields(ApplicationContext context) {
        CustomFieldService fields = context.getBean(CustomFieldService.class);
        Actor admin = new TestUsers(context).admin().actor();
        List<String> existing = fields.ticketFields(admin).stream()
                .map(CustomFieldDefinition::key)
                .toList();
        for (String key : List.of("browser", "os", "product_area")) {
            if (!existing.contains(key)) {
                fields.define(admin, key, key, CustomFieldType.STRING, null, false);
            }
        }
    }

    /** The document's create example, with its placeholder content replaced by real base64. */
    static String createExample(String title) {
        return """
                {
                "title": %s,
                "description": "The export button doesn't work when I try to export monthly reports",
                "priority": "medium",
                "tags": ["reports", "export"],
                "custom_fields": {
                "browser": "Firefox 102.0",
                "os": "MacOS 13.4"
                },
                "attachments": [
                {
                "filename": "error_log.txt",
                "content": "%s",
                "mime_type": "text/plain"
                }
                ]
                }""".formatted(TicketingV1Client.quote(title), base64(LOG_TEXT));
    }
}
