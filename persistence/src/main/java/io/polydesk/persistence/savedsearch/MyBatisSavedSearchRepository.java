package io.polydesk.persistence.savedsearch;

import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.savedsearch.SavedSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.savedsearch.SavedSearchRepository;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.persistence.support.GeneratedId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Saved searches, their filter spread over one column per filter field (workflow keys never contain commas; tag
 * name lists are escaped by {@link FilterLists}).
 * Every row is written in filter format 1; a later format would be told apart by {@code filter_version}.
 */
@Repository
public class MyBatisSavedSearchRepository implements SavedSearchRepository {

    private static final int FILTER_VERSION = 1;

    private final SavedSearchMapper mapper;

    public MyBatisSavedSearchRepository(SavedSearchMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(SavedSearch search) {
        GeneratedId key = new GeneratedId();
        mapper.insert(toRow(search), key);
        return key.value();
    }

    @Override
    public void update(SavedSearch search) {
        mapper.update(toRow(search));
    }

    @Override
    public void delete(long id) {
        mapper.delete(id);
    }

    @Override
    public Optional<SavedSearch> findById(long id) {
        return Optional.ofNullable(mapper.findById(id)).map(MyBatisSavedSearchRepository::fromRow);
    }

    @Override
    public List<SavedSearch> listVisible(long userId, SavedSearchKind kind, String afterName, Long afterId, int limit) {
        return mapper.listVisible(userId, ownerClass(kind), afterName, afterId, limit).stream()
                .map(MyBatisSavedSearchRepository::fromRow)
                .toList();
    }

    @Override
    public long countVisible(long userId, SavedSearchKind kind) {
        return mapper.countVisible(userId, ownerClass(kind));
    }

    private static String ownerClass(SavedSearchKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static SavedSearchRow toRow(SavedSearch s) {
        TicketFilter f = s.ticketFilter() == null ? TicketFilter.none() : s.ticketFilter();
        AssetFilter af = s.assetFilter() == null ? AssetFilter.none() : s.assetFilter();
        AssigneeFilter a = f.assignee();
        String tag = s.kind() == SavedSearchKind.ASSET ? af.tag() : f.tag();
        String text = s.kind() == SavedSearchKind.ASSET ? af.text() : f.text();
        return new SavedSearchRow(
                s.id(),
                s.ownerId(),
                s.name(),
                ownerClass(s.kind()),
                s.shared(),
                join(f.statuses()),
                join(f.priorities()),
                a == null ? null : a.kind().name(),
                a == null ? null : a.userId(),
                f.requesterId(),
                f.projectId(),
                tag,
                text,
                f.createdFrom(),
                f.createdTo(),
                f.updatedFrom(),
                f.updatedTo(),
                f.dueFrom(),
                f.dueTo(),
                FILTER_VERSION,
                af.typeId(),
                af.statusId(),
                af.locationId(),
                af.ownerId(),
                af.assignedUserId(),
                s.createdAt(),
                s.updatedAt(),
                s.kind() == SavedSearchKind.ASSET ? null : f.companyId(),
                FilterLists.joinIds(f.inbox().teamIds()),
                FilterLists.joinIds(f.inbox().typeIds()),
                FilterLists.joinNames(f.inbox().tagsAll()),
                FilterLists.joinNames(f.inbox().tagsAny()),
                FilterLists.joinNames(f.inbox().tagsNone()),
                join(f.inbox().statusesNot()),
                FilterLists.joinIds(f.inbox().teamIdsNot()),
                f.slaBreached(),
                f.slaDueBefore());
    }

    private static SavedSearch fromRow(SavedSearchRow r) {
        SavedSearchKind kind = SavedSearchKind.valueOf(r.ownerClass().toUpperCase(Locale.ROOT));
        TicketFilter tickets = null;
        AssetFilter assets = null;
        if (kind == SavedSearchKind.ASSET) {
            assets = AssetFilter.builder()
                    .typeId(r.assetTypeId())
                    .statusId(r.assetStatusId())
                    .locationId(r.locationId())
                    .ownerId(r.assetOwnerId())
                    .assignedUserId(r.assignedUserId())
                    .tag(r.tag())
                    .text(r.searchText())
                    .build();
        } else {
            AssigneeFilter assignee = r.assigneeKind() == null
                    ? null
                    : new AssigneeFilter(AssigneeFilter.Kind.valueOf(r.assigneeKind()), r.assigneeId());
            tickets = TicketFilter.builder()
                    .statuses(split(r.statuses()))
                    .priorities(split(r.priorities()))
                    .assignee(assignee)
                    .requesterId(r.requesterId())
                    .projectId(r.projectId())
                    .tag(r.tag())
                    .text(r.searchText())
                    .createdFrom(r.createdFrom())
                    .createdTo(r.createdTo())
                    .updatedFrom(r.updatedFrom())
                    .updatedTo(r.updatedTo())
                    .dueFrom(r.dueFrom())
                    .dueTo(r.dueTo())
                    .companyId(r.companyId())
                    .inbox(new TicketFilter.Inbox(
                            FilterLists.splitIds(r.teamIds()),
                            FilterLists.splitIds(r.typeIds()),
                            FilterLists.splitNames(r.tagsAll()),
                            FilterLists.splitNames(r.tagsAny()),
                            FilterLists.splitNames(r.tagsNone()),
                            split(r.statusesNot()),
                            FilterLists.splitIds(r.teamIdsNot())))
                    .slaBreached(r.slaBreached())
                    .slaDueBefore(r.slaDueBefore())
                    .build();
        }
        return new SavedSearch(
                r.id(), r.ownerId(), r.name(), kind, r.shared(), tickets, assets, r.createdAt(), r.updatedAt());
    }

    private static String join(List<String> keys) {
        return keys.isEmpty() ? null : String.join(",", keys);
    }

    private static List<String> split(String keys) {
        return keys == null || keys.isEmpty() ? List.of() : Arrays.asList(keys.split(","));
    }
}
