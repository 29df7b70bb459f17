package io.polydesk.persistence.savedsearch;

import java.time.Instant;
import java.time.LocalDate;

/** A saved search as its columns hold it; the filter columns of the other kind stay null. */
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
        int filterVersion,
        Long assetTypeId,
        Long assetStatusId,
        Long locationId,
        Long assetOwnerId,
        Long assignedUserId,
        Instant createdAt,
        Instant updatedAt,
        Long companyId,
        String teamIds,
        String typeIds,
        String tagsAll,
        String tagsAny,
        String tagsNone,
        String statusesNot,
        String teamIdsNot,
        Boolean slaBreached,
        Instant slaDueBefore) {}
