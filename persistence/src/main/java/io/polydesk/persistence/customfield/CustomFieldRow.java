package io.polydesk.persistence.customfield;

import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldType;
import java.util.ArrayList;
import java.util.List;

/** A definition as MyBatis assembles it from one row per option; converted to the immutable record. */
public class CustomFieldRow {

    private long id;
    private String key;
    private String name;
    private CustomFieldType type;
    private boolean required;
    private List<String> options = new ArrayList<>();

    public CustomFieldDefinition toDefinition() {
        return new CustomFieldDefinition(id, key, name, type, options, required);
    }

    public void setId(long id) {
        this.id = id;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setType(CustomFieldType type) {
        this.type = type;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> options) {
        this.options = options;
    }
}
