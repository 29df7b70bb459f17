package io.polydesk.domain.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomFieldValuesTest {

    private static CustomFieldDefinition field(CustomFieldType type, String... options) {
        return new CustomFieldDefinition(1, "f", "F", type, List.of(options), false);
    }

    private static String canonical(CustomFieldDefinition field, String raw) {
        Validation v = new Validation();
        String value = CustomFieldValues.canonical(field, raw, v);
        v.throwIfInvalid();
        return value;
    }

    @Test
    void valuesAreStoredInOneCanonicalForm() {
        assertThat(canonical(field(CustomFieldType.INTEGER), " 042 ")).isEqualTo("42");
        assertThat(canonical(field(CustomFieldType.DECIMAL), "42.9870")).isEqualTo("42.987");
        assertThat(canonical(field(CustomFieldType.BOOLEAN), "1")).isEqualTo("true");
        assertThat(canonical(field(CustomFieldType.DATE), "2026-01-10")).isEqualTo("2026-01-10");
        assertThat(canonical(field(CustomFieldType.DROPDOWN, "a", "b"), "b")).isEqualTo("b");
        assertThat(canonical(field(CustomFieldType.URL), "https://example.com/x"))
                .isEqualTo("https://example.com/x");
    }

    @Test
    void wrongTypesAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> canonical(field(CustomFieldType.INTEGER), "4.5"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).details())
                        .extracting("field")
                        .containsExactly("customFields.f"));
        assertThatThrownBy(() -> canonical(field(CustomFieldType.DATE), "10/01/2026"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> canonical(field(CustomFieldType.DROPDOWN, "a"), "c"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> canonical(field(CustomFieldType.URL), "javascript:alert(1)"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> canonical(field(CustomFieldType.BOOLEAN), "maybe"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void requiredFieldCannotBeBlank() {
        CustomFieldDefinition required =
                new CustomFieldDefinition(1, "f", "F", CustomFieldType.STRING, List.of(), true);
        assertThatThrownBy(() -> canonical(required, " ")).isInstanceOf(DomainException.class);
    }
}
