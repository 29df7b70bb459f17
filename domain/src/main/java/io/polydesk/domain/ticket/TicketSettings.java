package io.polydesk.domain.ticket;

/** Installation settings the ticket rules depend on. */
public record TicketSettings(String numberPrefix) {

    public TicketSettings {
        if (numberPrefix == null || numberPrefix.isBlank() || numberPrefix.length() > 10) {
            throw new IllegalArgumentException("ticket number prefix must be 1 to 10 characters");
        }
    }

    public String number(long id) {
        return String.format("%s-%03d", numberPrefix, id);
    }
}
