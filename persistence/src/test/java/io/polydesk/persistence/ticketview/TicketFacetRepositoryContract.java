package io.polydesk.persistence.ticketview;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.asset.AssetTicketRepository;
import io.polydesk.domain.attachment.AttachmentRepository;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.OrganisationRepository;
import io.polydesk.domain.relation.RelationRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskRepository;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticketview.TicketFacet;
import io.polydesk.domain.ticketview.TicketFacetRepository;
import io.polydesk.domain.ticketview.TicketFacetRows;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryRepository;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one facet statement gives, facet by facet, exactly what each facet's own query gives, in the same order; a
 * facet not asked for is not read.
 */
abstract class TicketFacetRepositoryContract extends RepositoryTest {

    @Autowired
    TicketFacetRepository facets;

    @Autowired
    CustomFieldRepository customFields;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    RelationRepository relations;

    @Autowired
    TimeEntryRepository timeEntries;

    @Autowired
    AttachmentRepository attachments;

    @Autowired
    TaskRepository tasks;

    @Autowired
    AssetTicketRepository assetLinks;

    User agent;
    User customer;
    Ticket ticket;
    Ticket other;
    List<Long> ids;

    @BeforeEach
    void twoTicketsWithEveryFacet() {
        agent = newUser(Role.AGENT);
        customer = newUser(Role.CUSTOMER);
        long company = insert(
                "INSERT INTO companies (name, archived, created_at, updated_at) VALUES (?, FALSE, ?, ?)",
                "companies",
                unique("Acme"),
                Timestamp.from(T0),
                Timestamp.from(T0));
        jdbc.update("UPDATE users SET company_id = ? WHERE id = ?", company, customer.id());
        ticket = aTicket(customer).assignee(agent).insert();
        other = aTicket(customer).insert();
        ids = List.of(ticket.id(), other.id());
        long team = insert("INSERT INTO teams (name, archived) VALUES (?, FALSE)", "teams", unique("Team"));
        long unusedTeam = insert("INSERT INTO teams (name, archived) VALUES (?, FALSE)", "teams", unique("Idle"));
        assertThat(unusedTeam).isPositive();
        jdbc.update("UPDATE tickets SET company_id = ?, team_id = ? WHERE id = ?", company, team, ticket.id());

        long zebra = insert("INSERT INTO tags (name) VALUES (?)", "tags", unique("zebra"));
        long apple = insert("INSERT INTO tags (name) VALUES (?)", "tags", unique("apple"));
        tickets.replaceTags(ticket.id(), List.of(zebra, apple));
        tickets.replaceTags(other.id(), List.of(zebra));

        long size = insert(
                "INSERT INTO custom_fields (code, name, field_type, required) VALUES (?, 'Size', 'TEXT', FALSE)",
                "custom_fields",
                unique("size"));
        jdbc.update(
                "INSERT INTO custom_field_values (ticket_id, field_id, field_value) VALUES (?, ?, ?)",
                ticket.id(),
                size,
                "large, with a long text ".repeat(20));

        Ticket child = aTicket(customer).insert();
        jdbc.update(
                "INSERT INTO ticket_parents (ticket_id, parent_id, created_at) VALUES (?, ?, ?)",
                child.id(),
                ticket.id(),
                Timestamp.from(T0));

        Task task = new Task(0, ticket.id(), null, team, agent.id(), "Call", "Soon", T0, null, T0, T0);
        long taskId = tasks.insert(task);
        for (int day = 3; day >= 1; day--) {
            timeEntries.insert(new TimeEntry(
                    0,
                    ticket.id(),
                    agent.id(),
                    day == 1 ? taskId : null,
                    LocalDate.of(2026, 3, day),
                    10 * day,
                    day != 2,
                    "day " + day,
                    T0,
                    T0));
        }

        long publicComment = comment(ticket, false);
        long internalComment = comment(ticket, true);
        attachment(ticket.id(), null, "TICKET", 2);
        attachment(ticket.id(), publicComment, "COMMENT", 1);
        attachment(ticket.id(), internalComment, "COMMENT", 3);

        long asset = insert(
                "INSERT INTO assets (name, status_id, created_at, updated_at) "
                        + "VALUES (?, (SELECT MIN(id) FROM asset_statuses), ?, ?)",
                "assets",
                unique("Laptop"),
                Timestamp.from(T0),
                Timestamp.from(T0));
        jdbc.update(
                "INSERT INTO asset_tickets (asset_id, ticket_id, linked_at) VALUES (?, ?, ?)",
                asset,
                ticket.id(),
                Timestamp.from(T0));
    }

    @Test
    void everyFacetReadsAsItsOwnQueryDoes() {
        TicketFacetRows rows = facets.load(ids, EnumSet.allOf(TicketFacet.class), true, 2);

        assertThat(rows.tags()).usingRecursiveComparison().isEqualTo(tickets.tagsOf(ids));
        assertThat(rows.customFields()).usingRecursiveComparison().isEqualTo(customFields.valuesOf(ids));
        assertThat(rows.companies()).usingRecursiveComparison().isEqualTo(organisations.ticketCompanies(ids));
        assertThat(rows.children()).usingRecursiveComparison().isEqualTo(relations.childrenOf(ids));
        assertThat(rows.timeTotals()).usingRecursiveComparison().isEqualTo(timeEntries.totalsOf(ids));
        assertThat(rows.files()).usingRecursiveComparison().isEqualTo(attachments.listByTickets(ids, true));
        // A row per ticket and person: the customer asked for both tickets.
        assertThat(rows.peopleOrganisations().stream().distinct().toList())
                .usingRecursiveComparison()
                .ignoringCollectionOrder()
                .isEqualTo(organisations.userOrganisations(List.of(customer.id(), agent.id())));
        assertThat(rows.tasks()).usingRecursiveComparison().isEqualTo(tasks.listByTickets(ids));
        assertThat(rows.timeEntries()).usingRecursiveComparison().isEqualTo(timeEntries.firstOfTickets(ids, 2));
        assertThat(rows.assetLinks()).usingRecursiveComparison().isEqualTo(assetLinks.ofTickets(ids));
        assertThat(rows.teams())
                .usingRecursiveComparison()
                .isEqualTo(organisations.listTeams().stream()
                        .filter(t -> t.id() == teamOfTicket())
                        .toList());

        assertThat(rows.tags()).hasSize(3);
        assertThat(rows.timeEntries()).extracting(TimeEntry::minutes).containsExactly(10, 20);
        assertThat(rows.files()).hasSize(3);
        assertThat(rows.teams()).extracting(AgentTeam::id).hasSize(1);
    }

    @Test
    void internalFilesStayOutWhenNotAskedFor() {
        TicketFacetRows rows = facets.load(ids, Set.of(TicketFacet.FILES), false, 2);

        assertThat(rows.files()).usingRecursiveComparison().isEqualTo(attachments.listByTickets(ids, false));
        assertThat(rows.files()).hasSize(2);
    }

    @Test
    void onlyTheFacetsAskedForAreRead() {
        TicketFacetRows rows = facets.load(ids, Set.of(TicketFacet.TAGS), true, 2);

        assertThat(rows.tags()).hasSize(3);
        assertThat(rows.customFields()).isEmpty();
        assertThat(rows.files()).isEmpty();
        assertThat(rows.timeEntries()).isEmpty();
        assertThat(rows.teams()).isEmpty();
        assertThat(facets.load(List.of(), EnumSet.allOf(TicketFacet.class), true, 2)
                        .tags())
                .isEmpty();
    }

    private long teamOfTicket() {
        return jdbc.queryForObject("SELECT team_id FROM tickets WHERE id = ?", Long.class, ticket.id());
    }

    private long comment(Ticket on, boolean internal) {
        return insert(
                "INSERT INTO comments (ticket_id, author_id, content, is_internal, is_system, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, FALSE, ?, ?)",
                "comments",
                on.id(),
                agent.id(),
                unique("comment"),
                internal,
                Timestamp.from(T0),
                Timestamp.from(T0));
    }

    private void attachment(long ticketId, Long commentId, String kind, int secondsAfterT0) {
        jdbc.update(
                "INSERT INTO attachments (owner_kind, ticket_id, comment_id, file_name, content_type, size_bytes, "
                        + "sha256, storage_key, uploaded_by, created_at) VALUES (?, ?, ?, ?, 'text/plain', 5, ?, ?, ?, ?)",
                kind,
                ticketId,
                commentId,
                unique("file") + ".txt",
                "a".repeat(64),
                unique("key"),
                agent.id(),
                Timestamp.from(T0.plusSeconds(secondsAfterT0)));
    }

    private long insert(String sql, String table, Object... args) {
        jdbc.update(sql, args);
        return jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
    }
}
