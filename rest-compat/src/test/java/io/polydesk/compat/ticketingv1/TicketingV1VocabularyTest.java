package io.polydesk.compat.ticketingv1;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How Polydesk's wider workflow and field names fold onto the document's words. */
class TicketingV1VocabularyTest {

    @ParameterizedTest
    @CsvSource({
        "new, open",
        "incoming, open",
        "open, open",
        "reopened, open",
        "assigned, in_progress",
        "in_progress, in_progress",
        "on_hold, in_progress",
        "blocked, in_progress",
        "resolved, resolved",
        "closed, closed",
        "duplicate, closed"
    })
    void everyPolydeskStatusShowsAsOneOfTheDocumentsFour(String polydesk, String shown) {
        assertThat(TicketingVocabulary.status(polydesk)).isEqualTo(shown);
        assertThat(TicketingVocabulary.statusKeys(shown)).contains(polydesk);
    }

    @Test
    void veryLowShowsAndFiltersAsLow() {
        assertThat(TicketingVocabulary.priority("very_low")).isEqualTo("low");
        assertThat(TicketingVocabulary.priorityKeys("low")).containsExactlyInAnyOrder("low", "very_low");
        assertThat(TicketingVocabulary.priority("critical")).isEqualTo("critical");
    }

    @Test
    void theDocumentsErrorExampleIsWordedAsTheDocumentWordsIt() {
        assertThat(TicketingVocabulary.mustBeOneOf("priority", TicketingVocabulary.PRIORITIES))
                .isEqualTo("Priority must be one of: low, medium, high, critical");
    }

    @ParameterizedTest
    @CsvSource({
        "assigneeId, assigned_to",
        "customFields.os, custom_fields.os",
        "customFields.product_area, custom_fields.product_area",
        "filter.status, status",
        "filter.text, q",
        "dueDate, due_date",
        "title, title"
    })
    void domainFieldsGetTheirWireNames(String domain, String wire) {
        assertThat(TicketingErrorAdvice.wireName(domain)).isEqualTo(wire);
    }

    @Test
    void domainMessagesBecomeSentencesAboutTheWireField() {
        assertThat(TicketingErrorAdvice.onTheWire(new FieldError("assigneeId", "is not an agent")))
                .isEqualTo(new FieldError("assigned_to", "Assigned to is not an agent"));
        assertThat(TicketingErrorAdvice.onTheWire(new FieldError("priority", "Priority must be one of: low")))
                .isEqualTo(new FieldError("priority", "Priority must be one of: low"));
    }
}
