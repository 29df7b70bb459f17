package io.polydesk.persistence.savedsearch;

import java.time.Instant;
import java.time.LocalDate;

/** A saved search as its columns hold it. */
public record SavedSearchRow(
        long id,
        long ownerId,
        String name,
        String ownerClass,
        boolean shared,
        String statuses,
        String priorities,
        String assigneeKind,
        Long assigneeId,
        Long requesterId,
        Long projectId,
        String tag,
        String searchText,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        LocalDate dueFrom,
        LocalDate dueTo,
        Instant createdAt,
        Instant updatedAt,
        Long companyId) {
}
