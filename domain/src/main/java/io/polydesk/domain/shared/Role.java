package io.polydesk.domain.shared;

/** What a user may do: administrators manage everything, agents work all tickets, customers their own. */
public enum Role {
    ADMIN,
    AGENT,
    CUSTOMER;

    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
