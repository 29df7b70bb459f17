package io.polydesk.domain.workflow;

/** A ticket status, kept as data so each dialect can map its own codes onto it. */
public record Status(long id, String key, String name, StatusCategory category, int sortOrder) {

    public boolean isDone() {
        return category == StatusCategory.DONE;
    }
}
