package io.polydesk.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.search.ScoredTicket;
import io.polydesk.domain.search.SearchRepository;
import io.polydesk.domain.search.TextSearch;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * InnoDB indexes full-text only at commit, so these tests commit their rows instead of rolling back; each
 * test searches for words nobody else writes, which keeps the rows of other tests out of its results, and deletes
 * its rows afterwards (a shared server must not keep users that the application's first start would not expect).
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class SearchRepositoryContract extends RepositoryTest {

    @Autowired
    SearchRepository search;

    @Autowired
    CommentRepository comments;

    private final List<Long> committedUsers = new ArrayList<>();

    @Override
    protected User newUser(Role role) {
        User user = super.newUser(role);
        committedUsers.add(user.id());
        return user;
    }

    @AfterEach
    void deleteCommittedRows() {
        for (long userId : committedUsers) {
            jdbc.update(
                    "DELETE FROM comments WHERE ticket_id IN (SELECT id FROM tickets WHERE requester_id = ?)", userId);
            jdbc.update("DELETE FROM tickets WHERE requester_id = ?", userId);
            jdbc.update("DELETE FROM users WHERE id = ?", userId);
        }
    }

    /** A word no other row contains: letters only, so every full-text parser keeps it whole. */
    private static String word() {
        StringBuilder b = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static TextSearch staff(String query) {
        return query(query, null, true, 0, 20);
    }

    private static TextSearch customer(String query, User who) {
        return query(query, who.id(), false, 0, 20);
    }

    private static TextSearch query(String query, Long requesterId, boolean internal, long offset, int limit) {
        List<String> terms = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(s -> !s.isEmpty())
                .toList();
        return new TextSearch(String.join(" ", terms), terms, query, requesterId, internal, offset, limit);
    }

    private List<Long> ids(TextSearch s) {
        return search.search(s).stream().map(ScoredTicket::ticketId).toList();
    }

    private void comment(Ticket on, String content, boolean internal) {
        comments.insert(new Comment(0, on.id(), on.requesterId(), content, internal, false, T0, T0, 0));
    }

    @Test
    void aTitleMatchRanksAboveADescriptionOnlyMatch() {
        String w = word();
        User requester = newUser(Role.CUSTOMER);
        Ticket inDescription = aTicket(requester)
                .title("Something else")
                .description("The " + w + " broke")
                .insert();
        Ticket inTitle = aTicket(requester)
                .title("The " + w + " is down")
                .description("Nothing more")
                .insert();

        List<ScoredTicket> hits = search.search(staff(w));
        assertThat(hits).extracting(ScoredTicket::ticketId).containsExactly(inTitle.id(), inDescription.id());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(search.count(staff(w))).isEqualTo(2);
    }

    @Test
    void commentTextFindsItsTicketButInternalCommentsOnlyForStaff() {
        String publicWord = word();
        String internalWord = word();
        User requester = newUser(Role.CUSTOMER);
        Ticket ticket = aTicket(requester).title("Mail").description("No mail").insert();
        comment(ticket, "we replaced the " + publicWord + " yesterday", false);
        comment(ticket, "the " + internalWord + " vendor is slow", true);

        assertThat(ids(customer(publicWord, requester))).containsExactly(ticket.id());
        assertThat(ids(staff(internalWord))).containsExactly(ticket.id());
        assertThat(ids(customer(internalWord, requester))).isEmpty();
        assertThat(search.count(customer(internalWord, requester))).isZero();
    }

    @Test
    void aCustomerFindsOnlyTheTicketsTheyRequested() {
        String w = word();
        User mine = newUser(Role.CUSTOMER);
        Ticket own = aTicket(mine).title(w + " request").insert();
        aTicket(newUser(Role.CUSTOMER)).title(w + " request").insert();

        assertThat(ids(customer(w, mine))).containsExactly(own.id());
        assertThat(search.count(staff(w))).isEqualTo(2);
    }

    @Test
    void archivedTicketsAreNeverFound() {
        String w = word();
        User requester = newUser(Role.CUSTOMER);
        Ticket archived = aTicket(requester).title(w).description(w).archived().insert();
        comment(archived, w, false);

        assertThat(ids(staff(w))).isEmpty();
        assertThat(ids(customer(w, requester))).isEmpty();
        assertThat(search.count(staff(w))).isZero();
    }

    @Test
    void anExactTicketNumberComesFirst() {
        String w = word();
        User requester = newUser(Role.CUSTOMER);
        Ticket numbered =
                aTicket(requester).title("Unrelated").description("Nothing").insert();
        aTicket(requester).title(w + " " + w).insert();

        TextSearch byNumber = query(numbered.number(), null, true, 0, 5);
        assertThat(search.search(byNumber))
                .first()
                .extracting(ScoredTicket::ticketId)
                .isEqualTo(numbered.id());
    }

    @Test
    void pagesAreCutInSqlWithTheTotalOfAllMatches() {
        String w = word();
        User requester = newUser(Role.CUSTOMER);
        Ticket first = aTicket(requester).title(w).insert();
        Ticket second = aTicket(requester).title(w).insert();
        Ticket third = aTicket(requester).title(w).insert();

        assertThat(ids(query(w, null, true, 0, 2))).containsExactly(third.id(), second.id());
        assertThat(ids(query(w, null, true, 2, 2))).containsExactly(first.id());
        assertThat(search.count(query(w, null, true, 2, 2))).isEqualTo(3);
    }
}
