package io.polydesk.persistence.customfield;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class CustomFieldRepositoryContract extends RepositoryTest {

    @Autowired
    CustomFieldRepository fields;

    User requester;

    @BeforeEach
    void aRequester() {
        requester = newUser(Role.CUSTOMER);
    }

    private static String key() {
        return unique("f").replace('-', '_');
    }

    private CustomFieldDefinition define(CustomFieldType type, List<String> options) {
        long id = fields.insert(new CustomFieldDefinition(0, key(), "A field", type, options, false));
        return fields.ticketFields().stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void definitionsReadBackWithTheirOptionsInOrder() {
        String dropdownKey = key();
        String textKey = key();
        long dropdown = fields.insert(new CustomFieldDefinition(
                0,
                dropdownKey,
                "Impact",
                CustomFieldType.DROPDOWN,
                List.of("Low", "High, very", "Line\nbreak", "Medium"),
                true));
        long text =
                fields.insert(new CustomFieldDefinition(0, textKey, "Notes", CustomFieldType.TEXT, List.of(), false));

        List<CustomFieldDefinition> mine = fields.ticketFields().stream()
                .filter(f -> f.id() == dropdown || f.id() == text)
                .toList();

        assertThat(mine)
                .containsExactly(
                        new CustomFieldDefinition(
                                dropdown,
                                dropdownKey,
                                "Impact",
                                CustomFieldType.DROPDOWN,
                                List.of("Low", "High, very", "Line\nbreak", "Medium"),
                                true),
                        new CustomFieldDefinition(text, textKey, "Notes", CustomFieldType.TEXT, List.of(), false));
    }

    @Test
    void keyExistenceIsExact() {
        CustomFieldDefinition field = define(CustomFieldType.STRING, List.of());

        assertThat(fields.existsByKey(field.key())).isTrue();
        assertThat(fields.existsByKey(key())).isFalse();
    }

    @Test
    void putValuesInsertsReplacesAndRemoves() {
        CustomFieldDefinition color = define(CustomFieldType.STRING, List.of());
        CustomFieldDefinition size = define(CustomFieldType.INTEGER, List.of());
        CustomFieldDefinition note = define(CustomFieldType.TEXT, List.of());
        Ticket ticket = aTicket(requester).insert();

        fields.putValues(ticket.id(), Map.of(color.id(), "red", size.id(), "3"));
        Map<Long, String> second = new HashMap<>();
        second.put(color.id(), "blue");
        second.put(size.id(), null);
        second.put(note.id(), "long\ntext");
        fields.putValues(ticket.id(), second);

        assertThat(fields.valuesOf(List.of(ticket.id())))
                .containsExactlyInAnyOrder(
                        new CustomFieldValue(ticket.id(), color.id(), "blue"),
                        new CustomFieldValue(ticket.id(), note.id(), "long\ntext"));
    }

    @Test
    void putValuesWithOnlyRemovalsOrNothingWorks() {
        CustomFieldDefinition color = define(CustomFieldType.STRING, List.of());
        Ticket ticket = aTicket(requester).insert();
        fields.putValues(ticket.id(), Map.of(color.id(), "red"));

        Map<Long, String> removal = new HashMap<>();
        removal.put(color.id(), null);
        fields.putValues(ticket.id(), removal);
        fields.putValues(ticket.id(), Map.of());

        assertThat(fields.valuesOf(List.of(ticket.id()))).isEmpty();
    }

    @Test
    void valuesOfManyTicketsComeTogether() {
        CustomFieldDefinition color = define(CustomFieldType.STRING, List.of());
        Ticket a = aTicket(requester).insert();
        Ticket b = aTicket(requester).insert();
        Ticket bare = aTicket(requester).insert();
        fields.putValues(a.id(), Map.of(color.id(), "red"));
        fields.putValues(b.id(), Map.of(color.id(), "green"));

        assertThat(fields.valuesOf(List.of(a.id(), b.id(), bare.id())))
                .containsExactly(
                        new CustomFieldValue(a.id(), color.id(), "red"),
                        new CustomFieldValue(b.id(), color.id(), "green"));
        assertThat(fields.valuesOf(List.of())).isEmpty();
    }
}
