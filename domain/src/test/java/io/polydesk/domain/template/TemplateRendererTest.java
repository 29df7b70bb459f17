package io.polydesk.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Validation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void knownPlaceholdersAreFilledWithOrWithoutInnerSpacesAndMissingValuesBecomeEmpty() {
        Map<String, String> values = new HashMap<>();
        values.put("ticket.number", "TKT-007");
        values.put("requester.name", "Ada $1 \\ Lovelace");
        values.put("agent.name", null);

        assertThat(TemplateRenderer.render("Hi {{requester.name}}, re {{ ticket.number }}.{{agent.name}}", values))
                .isEqualTo("Hi Ada $1 \\ Lovelace, re TKT-007.");
    }

    @Test
    void textWithoutPlaceholdersIsLeftAlone() {
        assertThat(TemplateRenderer.render("Plain {braces} stay", Map.of())).isEqualTo("Plain {braces} stay");
    }

    @Test
    void unknownPlaceholdersAreNamedInOneError() {
        Validation v = new Validation();
        TemplateRenderer.checkPlaceholders("{{ticket.title}} {{user.password}} {{foo}}", "body", v);

        assertThatThrownBy(v::throwIfInvalid)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .extracting(FieldError::field)
                                .containsExactly("body"))
                .hasMessageContaining("user.password")
                .hasMessageContaining("foo");
    }

    @Test
    void knownPlaceholdersPassTheCheck() {
        Validation v = new Validation();
        TemplateRenderer.checkPlaceholders(
                "{{ticket.number}} {{ticket.title}} {{requester.name}} {{agent.name}}", "body", v);
        assertThat(v.hasErrors()).isFalse();
    }
}
