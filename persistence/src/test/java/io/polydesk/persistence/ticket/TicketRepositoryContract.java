package io.polydesk.persistence.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketCriteria;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketOrder.Field;
import io.polydesk.domain.ticket.TicketSearch;
import io.polydesk.domain.ticket.TicketSubscriberRepository;
import io.polydesk.domain.ticket.TicketTag;
import io.polydesk.domain.user.User;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

abstract class TicketRepositoryContract extends RepositoryTest {

    @Autowired
    CatalogRepository catalog;

    @Autowired
    TicketSubscriberRepository subscribers;

    User requester;
    User agent;
    Project project;

    @BeforeEach
    void people() {
        requester = newUser(Role.CUSTOMER);
        agent = newUser(Role.AGENT);
        project = newProject();
    }

    /** Criteria scoped to this test's project, so rows of other tests on a shared server never show. */
    private Criteria inProject() {
        return new Criteria().project(project.id());
    }

    private List<Long> ids(List<Ticket> rows) {
        return rows.stream().map(Ticket::id).toList();
    }

    private List<Ticket> search(TicketCriteria criteria, TicketOrder order) {
        return tickets.search(TicketSearch.atOffset(criteria, order, 0, 1000));
    }

    private List<Long> idsMatching(Criteria criteria) {
        return ids(search(criteria.build(), new TicketOrder(Field.ID, false)));
    }

    // --- writes and reads by id ---

    @Test
    void insertedTicketReadsBackWithEveryField() {
        Instant created = Instant.parse("2026-04-02T08:00:00.250Z");
        Ticket draft = Ticket.builder()
                .title("VPN down")
                .description("Since 9am")
                .statusId(statusId("open"))
                .priorityId(priorityId("high"))
                .requesterId(requester.id())
                .assigneeId(agent.id())
                .projectId(project.id())
                .dueDate(LocalDate.of(2026, 4, 30))
                .resolution("n/a")
                .onHold(true)
                .source("email")
                .createdAt(created)
                .updatedAt(created.plusMillis(5))
                .closedAt(created.plusSeconds(60))
                .firstResponseAt(created.plusSeconds(30))
                .build();

        long id = tickets.insert(draft);

        assertThat(tickets.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(Ticket.builder()
                        .id(id)
                        .title("VPN down")
                        .description("Since 9am")
                        .statusId(statusId("open"))
                        .priorityId(priorityId("high"))
                        .requesterId(requester.id())
                        .assigneeId(agent.id())
                        .projectId(project.id())
                        .dueDate(LocalDate.of(2026, 4, 30))
                        .resolution("n/a")
                        .onHold(true)
                        .source("email")
                        .createdAt(created)
                        .updatedAt(created.plusMillis(5))
                        .closedAt(created.plusSeconds(60))
                        .firstResponseAt(created.plusSeconds(30))
                        .build());
    }

    @Test
    void numberIsAssignedAfterInsertAndIsUnique() {
        long id = tickets.insert(
                aTicket(requester).insert().toBuilder().number(null).build());
        String number = unique("TKT");

        tickets.assignNumber(id, number);

        assertThat(tickets.findById(id)).get().extracting(Ticket::number).isEqualTo(number);
        Ticket other = aTicket(requester).insert();
        assertThatThrownBy(() -> tickets.assignNumber(other.id(), number)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void findByIdsLoadsExactlyTheAskedTicketsArchivedIncluded() {
        Ticket a = aTicket(requester).insert();
        Ticket b = aTicket(requester).archived().insert();
        aTicket(requester).insert();

        assertThat(ids(tickets.findByIds(List.of(a.id(), b.id(), -1L)))).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(tickets.findByIds(List.of())).isEmpty();
        assertThat(tickets.findById(-1)).isEmpty();
    }

    @Test
    void updateWritesTheFieldsAndBumpsTheVersion() {
        Ticket t = aTicket(requester).insert();
        Instant later = T0.plusSeconds(3600);
        Ticket changed = Ticket.builder()
                .id(t.id())
                .number(t.number())
                .title("New title")
                .description("New text")
                .statusId(statusId("resolved"))
                .priorityId(priorityId("critical"))
                .requesterId(t.requesterId())
                .assigneeId(agent.id())
                .dueDate(LocalDate.of(2027, 1, 1))
                .resolution("fixed")
                .source(t.source())
                .createdAt(t.createdAt())
                .updatedAt(later)
                .closedAt(later)
                .lockVersion(t.lockVersion())
                .build();

        assertThat(tickets.update(changed, 0)).isTrue();

        Ticket stored = tickets.findById(t.id()).orElseThrow();
        assertThat(stored)
                .usingRecursiveComparison()
                .ignoringFields("lockVersion")
                .isEqualTo(changed);
        assertThat(stored.lockVersion()).isEqualTo(1);
    }

    @Test
    void updateRefusesAStaleVersionAndWritesNothing() {
        Ticket t = aTicket(requester).insert();
        assertThat(tickets.update(retitled(t, "first"), 0)).isTrue();

        assertThat(tickets.update(retitled(t, "second"), 0)).isFalse();

        Ticket stored = tickets.findById(t.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("first");
        assertThat(stored.lockVersion()).isEqualTo(1);
    }

    @Test
    void archivingThroughUpdateHidesTheTicketFromListings() {
        Ticket t = aTicket(requester).project(project).insert();
        Ticket archived = t.toBuilder()
                .teamId(null)
                .typeId(null)
                .dueDate(null)
                .resolution(null)
                .onHold(false)
                .updatedAt(T0.plusSeconds(1))
                .closedAt(null)
                .firstResponseAt(null)
                .archived(true)
                .build();

        assertThat(tickets.update(archived, t.lockVersion())).isTrue();

        assertThat(tickets.findById(t.id())).get().extracting(Ticket::archived).isEqualTo(true);
        assertThat(idsMatching(inProject())).isEmpty();
        assertThat(tickets.count(inProject().build())).isZero();
    }

    @Test
    void touchMovesUpdatedAtAndSetsTheFirstResponseOnceWithoutBumpingTheVersion() {
        Ticket t = aTicket(requester).insert();
        Instant first = T0.plusSeconds(10);
        Instant second = T0.plusSeconds(20);

        tickets.touch(t.id(), first, null);
        assertThat(tickets.findById(t.id())).get().satisfies(s -> {
            assertThat(s.updatedAt()).isEqualTo(first);
            assertThat(s.firstResponseAt()).isNull();
        });

        tickets.touch(t.id(), first, first);
        tickets.touch(t.id(), second, second);

        Ticket stored = tickets.findById(t.id()).orElseThrow();
        assertThat(stored.updatedAt()).isEqualTo(second);
        assertThat(stored.firstResponseAt()).isEqualTo(first);
        assertThat(stored.lockVersion()).isZero();
    }

    @Test
    void anUpdateFromAnOlderCopyKeepsTheFirstResponseSetByTouch() {
        Ticket t = aTicket(requester).insert();
        tickets.touch(t.id(), T0.plusSeconds(5), T0.plusSeconds(5));

        assertThat(tickets.update(retitled(t, "renamed"), t.lockVersion())).isTrue();

        assertThat(tickets.findById(t.id()))
                .get()
                .extracting(Ticket::firstResponseAt)
                .isEqualTo(T0.plusSeconds(5));
    }

    private static Ticket retitled(Ticket t, String title) {
        return t.toBuilder().title(title).build();
    }

    // --- filters ---

    @Test
    void filtersByStatusesAndPriorities() {
        Ticket open = aTicket(requester)
                .project(project)
                .status("open")
                .priority("high")
                .insert();
        Ticket closed = aTicket(requester)
                .project(project)
                .status("closed")
                .priority("low")
                .insert();
        Ticket fresh = aTicket(requester)
                .project(project)
                .status("new")
                .priority("high")
                .insert();

        assertThat(idsMatching(inProject().statuses(statusId("open"), statusId("closed"))))
                .containsExactly(open.id(), closed.id());
        assertThat(idsMatching(inProject().priorities(priorityId("high")))).containsExactly(open.id(), fresh.id());
        assertThat(idsMatching(inProject().statuses(statusId("new")).priorities(priorityId("high"))))
                .containsExactly(fresh.id());
    }

    @Test
    void anOrOfFiltersMatchesTicketsOfAnyOfThemInOneOrderedPage() {
        Tag urgent = catalog.ensureTag(unique("Urgent"));
        Ticket open = aTicket(requester).project(project).status("open").insert();
        Ticket assigned = aTicket(requester).project(project).assignee(agent).insert();
        Ticket tagged = aTicket(requester).project(project).insert();
        tickets.replaceTags(tagged.id(), List.of(urgent.id()));
        Ticket neither = aTicket(requester).project(project).status("closed").insert();
        Ticket elsewhere =
                aTicket(requester).project(newProject()).status("open").insert();

        TicketCriteria any = TicketCriteria.anyOf(List.of(
                inProject().statuses(statusId("open")).build(),
                inProject().assignee(agent.id()).build(),
                inProject().tag(urgent.name().toUpperCase()).build(),
                inProject().nothing().build()));

        assertThat(ids(search(any, new TicketOrder(Field.ID, true))))
                .containsExactly(tagged.id(), assigned.id(), open.id())
                .doesNotContain(neither.id(), elsewhere.id());
        assertThat(ids(tickets.search(TicketSearch.atOffset(any, new TicketOrder(Field.ID, false), 1, 1))))
                .containsExactly(assigned.id());
        assertThat(tickets.count(any)).isEqualTo(3);
        assertThat(TicketCriteria.anyOf(List.of(inProject().nothing().build())).nothing())
                .isTrue();
        assertThat(TicketCriteria.anyOf(List.of(inProject().assignee(agent.id()).build()))
                        .anyOf())
                .isEmpty();
    }

    @Test
    void filtersByAssigneeAndByBeingAssigned() {
        User other = newUser(Role.AGENT);
        Ticket mine = aTicket(requester).project(project).assignee(agent).insert();
        Ticket theirs = aTicket(requester).project(project).assignee(other).insert();
        Ticket nobodys = aTicket(requester).project(project).insert();

        assertThat(idsMatching(inProject().assignee(agent.id()))).containsExactly(mine.id());
        assertThat(idsMatching(inProject().assigned(true))).containsExactly(mine.id(), theirs.id());
        assertThat(idsMatching(inProject().assigned(false))).containsExactly(nobodys.id());
    }

    @Test
    void filtersByRequesterAndProject() {
        User someoneElse = newUser(Role.CUSTOMER);
        Project elsewhere = newProject();
        Ticket a = aTicket(requester).project(project).insert();
        Ticket b = aTicket(someoneElse).project(project).insert();
        Ticket c = aTicket(requester).project(elsewhere).insert();

        assertThat(idsMatching(new Criteria().requester(requester.id()))).containsExactly(a.id(), c.id());
        assertThat(idsMatching(inProject())).containsExactly(a.id(), b.id());
        assertThat(idsMatching(new Criteria().project(elsewhere.id()).requester(requester.id())))
                .containsExactly(c.id());
    }

    @Test
    void filtersByAnyOfSeveralProjects() {
        Project second = newProject();
        Project third = newProject();
        Ticket a = aTicket(requester).project(project).insert();
        Ticket b = aTicket(requester).project(second).insert();
        aTicket(requester).project(third).insert();

        assertThat(idsMatching(new Criteria().projects(project.id(), second.id())))
                .containsExactly(a.id(), b.id());
        assertThat(idsMatching(new Criteria().projects(second.id()).requester(requester.id())))
                .containsExactly(b.id());
        assertThat(tickets.count(
                        new Criteria().projects(project.id(), second.id()).build()))
                .isEqualTo(2);
    }

    @Test
    void filtersByTheTicketsOneUserFollows() {
        User follower = newUser(Role.AGENT);
        Ticket followed = aTicket(requester).project(project).insert();
        Ticket alsoFollowed = aTicket(requester).project(project).insert();
        aTicket(requester).project(project).insert();
        Ticket followedByAnother = aTicket(requester).project(project).insert();
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        subscribers.add(followed.id(), follower.id(), at);
        subscribers.add(alsoFollowed.id(), follower.id(), at);
        subscribers.add(followedByAnother.id(), agent.id(), at);

        assertThat(idsMatching(inProject().follower(follower.id()))).containsExactly(followed.id(), alsoFollowed.id());
        assertThat(tickets.count(inProject().follower(follower.id()).build())).isEqualTo(2);
        assertThat(idsMatching(inProject().follower(newUser(Role.AGENT).id()))).isEmpty();
    }

    @Test
    void filtersByTagNameIgnoringCase() {
        Tag urgent = catalog.ensureTag(unique("Urgent"));
        Tag other = catalog.ensureTag(unique("other"));
        Ticket tagged = aTicket(requester).project(project).insert();
        Ticket both = aTicket(requester).project(project).insert();
        aTicket(requester).project(project).insert();
        tickets.replaceTags(tagged.id(), List.of(urgent.id()));
        tickets.replaceTags(both.id(), List.of(urgent.id(), other.id()));

        assertThat(idsMatching(inProject().tag(urgent.name().toLowerCase()))).containsExactly(tagged.id(), both.id());
        assertThat(idsMatching(inProject().tag(other.name().toUpperCase()))).containsExactly(both.id());
        assertThat(idsMatching(inProject().tag(unique("none")))).isEmpty();
    }

    @Test
    void textMatchesTitleDescriptionAndNumberIgnoringCase() {
        Ticket byTitle =
                aTicket(requester).project(project).title("Printer JAMMED").insert();
        Ticket byDescription = aTicket(requester)
                .project(project)
                .title("Other")
                .description("paper jammed again")
                .insert();
        Ticket neither = aTicket(requester)
                .project(project)
                .title("Monitor")
                .description("flickers")
                .insert();

        assertThat(idsMatching(inProject().text("jammed"))).containsExactly(byTitle.id(), byDescription.id());
        assertThat(idsMatching(inProject().text(neither.number().toLowerCase())))
                .containsExactly(neither.id());
    }

    @Test
    void textTreatsLikeWildcardsLiterally() {
        Ticket percent =
                aTicket(requester).project(project).title("100% broken").insert();
        Ticket underscore =
                aTicket(requester).project(project).title("snake_case name").insert();
        aTicket(requester)
                .project(project)
                .title("1000 broken")
                .description("snakeXcase")
                .insert();
        Ticket bang = aTicket(requester).project(project).title("Hello!").insert();

        assertThat(idsMatching(inProject().text("0%"))).containsExactly(percent.id());
        assertThat(idsMatching(inProject().text("e_c"))).containsExactly(underscore.id());
        assertThat(idsMatching(inProject().text("o!"))).containsExactly(bang.id());
    }

    @Test
    void createdAndUpdatedRangesIncludeTheStartAndExcludeTheEnd() {
        Ticket early = aTicket(requester)
                .project(project)
                .created(T0)
                .updated(T0.plusSeconds(100))
                .insert();
        Ticket middle = aTicket(requester)
                .project(project)
                .created(T0.plusSeconds(10))
                .updated(T0.plusSeconds(200))
                .insert();
        Ticket late = aTicket(requester)
                .project(project)
                .created(T0.plusSeconds(20))
                .updated(T0.plusSeconds(300))
                .insert();

        assertThat(idsMatching(inProject().created(T0, T0.plusSeconds(20)))).containsExactly(early.id(), middle.id());
        assertThat(idsMatching(inProject().created(T0.plusMillis(1), null))).containsExactly(middle.id(), late.id());
        assertThat(idsMatching(inProject().updated(T0.plusSeconds(200), T0.plusSeconds(300))))
                .containsExactly(middle.id());
        assertThat(idsMatching(inProject().updated(null, T0.plusSeconds(200)))).containsExactly(early.id());
    }

    @Test
    void dueRangeIncludesBothEnds() {
        Ticket first = aTicket(requester)
                .project(project)
                .due(LocalDate.of(2026, 5, 1))
                .insert();
        Ticket second = aTicket(requester)
                .project(project)
                .due(LocalDate.of(2026, 5, 2))
                .insert();
        Ticket third = aTicket(requester)
                .project(project)
                .due(LocalDate.of(2026, 5, 3))
                .insert();
        aTicket(requester).project(project).insert();

        assertThat(idsMatching(inProject().due(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2))))
                .containsExactly(first.id(), second.id());
        assertThat(idsMatching(inProject().due(LocalDate.of(2026, 5, 2), null)))
                .containsExactly(second.id(), third.id());
        assertThat(idsMatching(inProject().due(null, LocalDate.of(2026, 5, 1)))).containsExactly(first.id());
    }

    @Test
    void archivedTicketsNeverMatch() {
        Ticket live = aTicket(requester).project(project).insert();
        aTicket(requester).project(project).archived().insert();

        assertThat(idsMatching(inProject())).containsExactly(live.id());
        assertThat(tickets.count(inProject().build())).isEqualTo(1);
    }

    @Test
    void criteriaThatCanMatchNothingFindNothing() {
        aTicket(requester).project(project).insert();

        TicketCriteria nothing = inProject().nothing().build();
        assertThat(search(nothing, TicketOrder.NEWEST_FIRST)).isEmpty();
        assertThat(tickets.count(nothing)).isZero();
    }

    @Test
    void countAgreesWithTheFilter() {
        aTicket(requester).project(project).status("open").insert();
        aTicket(requester).project(project).status("open").insert();
        aTicket(requester).project(project).status("closed").insert();

        assertThat(tickets.count(inProject().build())).isEqualTo(3);
        assertThat(tickets.count(inProject().statuses(statusId("open")).build()))
                .isEqualTo(2);
    }

    // --- order and paging ---

    /** Nine tickets with ties on every sort key, so the id tie-break is exercised. */
    private List<Ticket> sortFixture() {
        String[] priorities = {"low", "critical", "medium", "critical", "low", "high", "medium", "low", "critical"};
        int[] createdOffsets = {30, 10, 20, 10, 0, 30, 20, 10, 0};
        int[] updatedOffsets = {5, 5, 1, 9, 9, 2, 7, 5, 1};
        List<Ticket> rows = new ArrayList<>();
        for (int i = 0; i < priorities.length; i++) {
            rows.add(aTicket(requester)
                    .project(project)
                    .priority(priorities[i])
                    .created(T0.plusSeconds(createdOffsets[i]))
                    .updated(T0.plusSeconds(100 + updatedOffsets[i]))
                    .insert());
        }
        return rows;
    }

    private Comparator<Ticket> expected(TicketOrder order) {
        Map<Long, Integer> levels =
                workflow.priorities().stream().collect(Collectors.toMap(Priority::id, Priority::level));
        Comparator<Ticket> key = switch (order.field()) {
            case ID -> Comparator.comparingLong(Ticket::id);
            case CREATED_AT -> Comparator.comparing(Ticket::createdAt);
            case UPDATED_AT -> Comparator.comparing(Ticket::updatedAt);
            case PRIORITY -> Comparator.comparingInt(t -> levels.get(t.priorityId()));
        };
        Comparator<Ticket> total = key.thenComparingLong(Ticket::id);
        return order.descending() ? total.reversed() : total;
    }

    private static List<TicketOrder> everyOrder() {
        List<TicketOrder> orders = new ArrayList<>();
        for (Field field : Field.values()) {
            orders.add(new TicketOrder(field, false));
            orders.add(new TicketOrder(field, true));
        }
        return orders;
    }

    @Test
    void everySortInBothDirectionsBreaksTiesOnTheId() {
        List<Ticket> rows = sortFixture();
        for (TicketOrder order : everyOrder()) {
            assertThat(ids(search(inProject().build(), order)))
                    .as(order.toString())
                    .containsExactlyElementsOf(
                            ids(rows.stream().sorted(expected(order)).toList()));
        }
    }

    @Test
    void keysetPagingWalksEveryRowExactlyOnceInEveryOrder() {
        List<Ticket> rows = sortFixture();
        Map<Long, Integer> levels =
                workflow.priorities().stream().collect(Collectors.toMap(Priority::id, Priority::level));
        TicketCriteria criteria = inProject().build();
        for (TicketOrder order : everyOrder()) {
            List<Long> walked = new ArrayList<>();
            Ticket last = null;
            for (int guard = 0; guard < 20; guard++) {
                TicketSearch page = last == null
                        ? TicketSearch.atOffset(criteria, order, 0, 2)
                        : new TicketSearch(
                                criteria,
                                order,
                                last.id(),
                                order.field() == Field.CREATED_AT
                                        ? last.createdAt()
                                        : order.field() == Field.UPDATED_AT ? last.updatedAt() : null,
                                order.field() == Field.PRIORITY ? levels.get(last.priorityId()) : null,
                                0,
                                2);
                List<Ticket> window = tickets.search(page);
                if (window.isEmpty()) {
                    break;
                }
                walked.addAll(ids(window));
                last = window.get(window.size() - 1);
            }
            assertThat(walked)
                    .as(order.toString())
                    .containsExactlyElementsOf(
                            ids(rows.stream().sorted(expected(order)).toList()));
        }
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void offsetPagesConcatenateToTheWholeListing(Field field) {
        List<Ticket> rows = sortFixture();
        TicketOrder order = new TicketOrder(field, true);
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < rows.size(); offset += 4) {
            paged.addAll(ids(tickets.search(TicketSearch.atOffset(inProject().build(), order, offset, 4))));
        }

        assertThat(paged)
                .containsExactlyElementsOf(
                        ids(rows.stream().sorted(expected(order)).toList()));
        assertThat(tickets.search(TicketSearch.atOffset(inProject().build(), order, 8, 4)))
                .hasSize(1);
    }

    // --- tags and history ---

    @Test
    void replaceTagsSwapsTheWholeSetAndTagsOfGroupsThemByTicket() {
        Tag alpha = catalog.ensureTag(unique("alpha"));
        Tag beta = catalog.ensureTag(unique("beta"));
        Tag gamma = catalog.ensureTag(unique("gamma"));
        Ticket a = aTicket(requester).insert();
        Ticket b = aTicket(requester).insert();
        Ticket untagged = aTicket(requester).insert();

        tickets.replaceTags(a.id(), List.of(alpha.id(), beta.id()));
        tickets.replaceTags(a.id(), List.of(gamma.id(), beta.id(), gamma.id()));
        tickets.replaceTags(b.id(), List.of(alpha.id()));

        Map<Long, List<Tag>> byTicket = tickets.tagsOf(List.of(a.id(), b.id(), untagged.id())).stream()
                .collect(Collectors.groupingBy(
                        TicketTag::ticketId, Collectors.mapping(TicketTag::tag, Collectors.toList())));
        assertThat(byTicket.get(a.id())).containsExactly(beta, gamma);
        assertThat(byTicket.get(b.id())).containsExactly(alpha);
        assertThat(byTicket).doesNotContainKey(untagged.id());

        tickets.replaceTags(a.id(), List.of());
        assertThat(tickets.tagsOf(List.of(a.id()))).isEmpty();
        assertThat(tickets.tagsOf(List.of())).isEmpty();
    }

    @Test
    void historyKeepsEveryChangeInTheOrderItHappened() {
        Ticket t = aTicket(requester).insert();
        tickets.addHistory(List.of(
                new TicketChange(0, t.id(), agent.id(), T0.plusSeconds(2), "status", "new", "open"),
                new TicketChange(0, t.id(), agent.id(), T0.plusSeconds(2), "priority", "medium", "high")));
        tickets.addHistory(List.of(new TicketChange(0, t.id(), null, T0.plusSeconds(1), "title", null, "Hi")));
        tickets.addHistory(List.of());

        List<TicketChange> history = tickets.historyOf(List.of(t.id()));

        assertThat(history).extracting(TicketChange::field).containsExactly("title", "status", "priority");
        assertThat(history.get(0))
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(new TicketChange(0, t.id(), null, T0.plusSeconds(1), "title", null, "Hi"));
        assertThat(history.get(1))
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(new TicketChange(0, t.id(), agent.id(), T0.plusSeconds(2), "status", "new", "open"));
        assertThat(tickets.historyOf(List.of(aTicket(requester).insert().id()))).isEmpty();
        assertThat(tickets.historyOf(List.of())).isEmpty();
    }

    @Test
    void historyOfManyTicketsComesInOneListGroupedByTicketOldestFirst() {
        Ticket a = aTicket(requester).insert();
        Ticket b = aTicket(requester).insert();
        Ticket untouched = aTicket(requester).insert();
        tickets.addHistory(List.of(
                new TicketChange(0, b.id(), agent.id(), T0.plusSeconds(3), "status", "new", "open"),
                new TicketChange(0, a.id(), agent.id(), T0.plusSeconds(2), "status", "new", "open"),
                new TicketChange(0, a.id(), null, T0.plusSeconds(1), "title", null, "Hi"),
                new TicketChange(0, b.id(), null, T0.plusSeconds(1), "title", null, "Ho")));

        List<TicketChange> history = tickets.historyOf(List.of(a.id(), b.id(), untouched.id()));

        assertThat(history).extracting(TicketChange::ticketId).containsExactly(a.id(), a.id(), b.id(), b.id());
        assertThat(history).extracting(TicketChange::toValue).containsExactly("Hi", "open", "Ho", "open");
    }

    @Test
    void numbersRequestedByKeepsOnlyTheRequestersLiveTickets() {
        Ticket own = aTicket(requester).insert();
        Ticket archived = aTicket(requester).archived().insert();
        Ticket theirs = aTicket(newUser(Role.CUSTOMER)).insert();

        assertThat(tickets.numbersRequestedBy(
                        requester.id(), List.of(own.number(), archived.number(), theirs.number(), "NO-SUCH-1")))
                .containsExactly(own.number());
        assertThat(tickets.numbersRequestedBy(requester.id(), List.of())).isEmpty();
    }

    /** Builds {@link TicketCriteria}: nothing filters unless set. */
    static final class Criteria {
        private List<Long> statusIds = List.of();
        private List<Long> priorityIds = List.of();
        private Long assigneeId;
        private Boolean assigned;
        private Long requesterId;
        private Long projectId;
        private String tag;
        private String text;
        private Instant createdFrom;
        private Instant createdTo;
        private Instant updatedFrom;
        private Instant updatedTo;
        private LocalDate dueFrom;
        private LocalDate dueTo;
        private boolean nothing;
        private List<Long> projectIds = List.of();
        private Long followerId;

        Criteria projects(Long... ids) {
            projectIds = List.of(ids);
            return this;
        }

        Criteria follower(long id) {
            followerId = id;
            return this;
        }

        Criteria statuses(Long... ids) {
            statusIds = List.of(ids);
            return this;
        }

        Criteria priorities(Long... ids) {
            priorityIds = List.of(ids);
            return this;
        }

        Criteria assignee(long id) {
            assigneeId = id;
            return this;
        }

        Criteria assigned(boolean value) {
            assigned = value;
            return this;
        }

        Criteria requester(long id) {
            requesterId = id;
            return this;
        }

        Criteria project(long id) {
            projectId = id;
            return this;
        }

        Criteria tag(String value) {
            tag = value;
            return this;
        }

        Criteria text(String value) {
            text = value;
            return this;
        }

        Criteria created(Instant from, Instant to) {
            createdFrom = from;
            createdTo = to;
            return this;
        }

        Criteria updated(Instant from, Instant to) {
            updatedFrom = from;
            updatedTo = to;
            return this;
        }

        Criteria due(LocalDate from, LocalDate to) {
            dueFrom = from;
            dueTo = to;
            return this;
        }

        Criteria nothing() {
            nothing = true;
            return this;
        }

        TicketCriteria build() {
            return TicketCriteria.builder()
                    .statusIds(statusIds)
                    .priorityIds(priorityIds)
                    .assigneeId(assigneeId)
                    .assigned(assigned)
                    .requesterId(requesterId)
                    .projectId(projectId)
                    .tag(tag)
                    .text(text)
                    .createdFrom(createdFrom)
                    .createdTo(createdTo)
                    .updatedFrom(updatedFrom)
                    .updatedTo(updatedTo)
                    .dueFrom(dueFrom)
                    .dueTo(dueTo)
                    .nothing(nothing)
                    .projectIds(projectIds)
                    .followerId(followerId)
                    .build();
        }
    }
}
