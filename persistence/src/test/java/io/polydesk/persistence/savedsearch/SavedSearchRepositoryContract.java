package io.polydesk.persistence.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.savedsearch.SavedSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.savedsearch.SavedSearchRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class SavedSearchRepositoryContract extends RepositoryTest {

    @Autowired
    SavedSearchRepository searches;

    private SavedSearch saved(User owner, String name, boolean shared, TicketFilter filter) {
        long id = searches.insert(
                new SavedSearch(0, owner.id(), name, SavedSearchKind.TICKET, shared, filter, null, T0, T0));
        return searches.findById(id).orElseThrow();
    }

    @Test
    void everyFilterFieldReadsBack() {
        User owner = newUser(Role.AGENT);
        TicketFilter filter = TicketFilter.builder()
                .statuses(List.of("new", "open"))
                .priorities(List.of("high"))
                .assignee(AssigneeFilter.user(42))
                .requesterId(7L)
                .projectId(9L)
                .tag("vip")
                .text("printer")
                .createdFrom(T0)
                .createdTo(T0.plusSeconds(1))
                .updatedFrom(T0.plusSeconds(2))
                .updatedTo(T0.plusSeconds(3))
                .dueFrom(LocalDate.parse("2026-03-01"))
                .dueTo(LocalDate.parse("2026-03-31"))
                .build();

        SavedSearch found = saved(owner, "Everything", true, filter);

        assertThat(found)
                .usingRecursiveComparison()
                .isEqualTo(new SavedSearch(
                        found.id(), owner.id(), "Everything", SavedSearchKind.TICKET, true, filter, null, T0, T0));
        assertThat(saved(owner, "Nothing", false, TicketFilter.none()).ticketFilter())
                .isEqualTo(TicketFilter.none());
    }

    @Test
    void theInboxAndSlaFieldsReadBackWithTagNamesHoldingCommas() {
        User owner = newUser(Role.AGENT);
        TicketFilter filter = TicketFilter.builder()
                .inbox(new TicketFilter.Inbox(
                        List.of(3L, 4L),
                        List.of(5L),
                        List.of("vip", "a,b"),
                        List.of("back\\slash", "trailing\\"),
                        List.of(",", "spam"),
                        List.of("closed", "resolved"),
                        List.of(6L)))
                .slaBreached(false)
                .slaDueBefore(T0.plusSeconds(3600))
                .build();

        SavedSearch found = saved(owner, "Inbox", false, filter);

        assertThat(found.ticketFilter()).isEqualTo(filter);
        SavedSearch listed = searches.listVisible(owner.id(), SavedSearchKind.TICKET, null, null, 500).stream()
                .filter(s -> s.id() == found.id())
                .findFirst()
                .orElseThrow();
        assertThat(listed.ticketFilter()).isEqualTo(filter);
        assertThat(saved(
                                owner,
                                "Breached",
                                false,
                                TicketFilter.builder().slaBreached(true).build())
                        .ticketFilter()
                        .slaBreached())
                .isTrue();
    }

    @Test
    void everyAssetFilterFieldReadsBackAndAssetSearchesAreListedApart() {
        User owner = newUser(Role.AGENT);
        AssetFilter filter = AssetFilter.builder()
                .typeId(3L)
                .statusId(4L)
                .locationId(5L)
                .ownerId(6L)
                .assignedUserId(7L)
                .tag("laptops")
                .text("thinkpad")
                .build();
        long id = searches.insert(
                new SavedSearch(0, owner.id(), "Laptops", SavedSearchKind.ASSET, false, null, filter, T0, T0));
        long none = searches.insert(new SavedSearch(
                0, owner.id(), "All assets", SavedSearchKind.ASSET, false, null, AssetFilter.none(), T0, T0));

        assertThat(searches.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(
                        new SavedSearch(id, owner.id(), "Laptops", SavedSearchKind.ASSET, false, null, filter, T0, T0));
        assertThat(searches.findById(none))
                .get()
                .extracting(SavedSearch::assetFilter)
                .isEqualTo(AssetFilter.none());
        assertThat(visible(owner, SavedSearchKind.ASSET)).containsSubsequence(none, id);
        assertThat(visible(owner, SavedSearchKind.TICKET)).doesNotContain(none, id);
    }

    private List<Long> visible(User user, SavedSearchKind kind) {
        return searches.listVisible(user.id(), kind, null, null, 500).stream()
                .map(SavedSearch::id)
                .toList();
    }

    @Test
    void aUserListsTheirOwnAndSharedSearchesByName() {
        User owner = newUser(Role.AGENT);
        User other = newUser(Role.AGENT);
        SavedSearch b = saved(owner, "b-" + unique("x"), false, TicketFilter.none());
        SavedSearch a = saved(owner, "a-" + unique("x"), true, TicketFilter.none());
        SavedSearch hidden = saved(other, "a-" + unique("x"), false, TicketFilter.none());

        List<Long> ownerSees = visible(owner, SavedSearchKind.TICKET);
        assertThat(ownerSees).contains(a.id(), b.id()).doesNotContain(hidden.id());
        assertThat(ownerSees).containsOnlyOnce(a.id());
        assertThat(ownerSees.indexOf(a.id())).isLessThan(ownerSees.indexOf(b.id()));
        assertThat(visible(other, SavedSearchKind.TICKET))
                .contains(a.id(), hidden.id())
                .doesNotContain(b.id());
        // Neither has private asset searches, so both see the same shared ones (a real server may hold some).
        assertThat(visible(owner, SavedSearchKind.ASSET))
                .doesNotContain(a.id(), b.id())
                .isEqualTo(visible(other, SavedSearchKind.ASSET));
        assertThat(searches.countVisible(owner.id(), SavedSearchKind.ASSET))
                .isEqualTo(searches.countVisible(other.id(), SavedSearchKind.ASSET));
    }

    @Test
    void theListResumesAfterAKeysetOfNameAndId() {
        User owner = newUser(Role.CUSTOMER);
        String prefix = "~" + unique("p");
        SavedSearch first = saved(owner, prefix + "a", false, TicketFilter.none());
        SavedSearch twinOne = saved(owner, prefix + "b", true, TicketFilter.none());
        SavedSearch twinTwo = saved(owner, prefix + "b", false, TicketFilter.none());
        SavedSearch last = saved(owner, prefix + "c", true, TicketFilter.none());
        long before = searches.countVisible(owner.id(), SavedSearchKind.TICKET);

        assertThat(searches.listVisible(owner.id(), SavedSearchKind.TICKET, first.name(), first.id(), 2))
                .extracting(SavedSearch::id)
                .containsExactly(twinOne.id(), twinTwo.id());
        assertThat(searches.listVisible(owner.id(), SavedSearchKind.TICKET, twinOne.name(), twinOne.id(), 2))
                .extracting(SavedSearch::id)
                .startsWith(twinTwo.id(), last.id());
        assertThat(before).isGreaterThanOrEqualTo(4);
        saved(newUser(Role.AGENT), prefix + "z", false, TicketFilter.none());
        assertThat(searches.countVisible(owner.id(), SavedSearchKind.TICKET)).isEqualTo(before);
    }

    @Test
    void updateReplacesTheFilterAndDeleteRemovesTheRow() {
        User owner = newUser(Role.AGENT);
        SavedSearch s = saved(owner, "Old", false, TicketFilter.none());
        TicketFilter changed = TicketFilter.builder()
                .assignee(AssigneeFilter.unassigned())
                .text("disk")
                .build();
        Instant later = T0.plusSeconds(60);

        searches.update(
                new SavedSearch(s.id(), owner.id(), "New", SavedSearchKind.TICKET, true, changed, null, T0, later));
        assertThat(searches.findById(s.id()))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new SavedSearch(
                        s.id(), owner.id(), "New", SavedSearchKind.TICKET, true, changed, null, T0, later));

        searches.delete(s.id());
        assertThat(searches.findById(s.id())).isEmpty();
    }
}
