package io.polydesk.domain.customfield;

/** What a custom field belongs to: tickets and assets each have their own definitions and values. */
public enum CustomFieldOwner {
    TICKET("is not a defined custom field"),
    ASSET("is not a defined asset custom field");

    private final String unknownFieldMessage;

    CustomFieldOwner(String unknownFieldMessage) {
        this.unknownFieldMessage = unknownFieldMessage;
    }

    String unknownFieldMessage() {
        return unknownFieldMessage;
    }
}
