package io.polydesk.domain.customfield;

/** The value types a custom field can hold; values are stored as canonical text. */
public enum CustomFieldType {
    STRING,
    TEXT,
    URL,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN,
    DROPDOWN
}
