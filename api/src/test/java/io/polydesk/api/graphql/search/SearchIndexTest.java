package io.polydesk.api.graphql.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.search.IndexQuery;
import io.polydesk.domain.search.ScoredTicket;
import io.polydesk.domain.search.SearchIndex;
import io.polydesk.domain.search.SearchIndexer;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

/** The Lucene index behind search: kept in step from the event log, rebuilt on demand and at start. */
@PolydeskIntegrationTest
class SearchIndexTest extends GraphQlTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final String SEARCH = """
            query ($q: String!) { searchTickets(query: $q, first: 50) { totalCount edges { node { id } } } }""";

    private static final String FILTER = """
            query ($q: String!) { tickets(filter: { text: $q }, first: 50) { totalCount edges { node { id } } } }""";

    private static final String CREATE = """
            mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id lockVersion } } }""";

    private static final String UPDATE = """
            mutation ($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id lockVersion } } }""";

    private static final String DELETE = """
            mutation ($input: DeleteTicketInput!) { deleteTicket(input: $input) { id } }""";

    private static final String STATUS = """
            { searchIndexStatus { engine ready rebuilding documents lastEventId } }""";

    private static final String REBUILD = """
            mutation { rebuildSearchIndex { status { engine rebuilding } } }""";

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchIndex index;

    @Autowired
    TransactionTemplate transactions;

    @Value("${polydesk.search.index-dir}")
    String indexDir;

    private static String word() {
        return "ix" + unique();
    }

    @BeforeEach
    void indexIsReady() {
        await("the index is ready", indexer::ready);
    }

    /** What the index itself holds for a word, read without catching up: only the poller keeps it in step. */
    private List<Long> indexed(String word) {
        return index.query(new IndexQuery(List.of(word), word, false, null, true, false, 0, 100)).hits().stream()
                .map(ScoredTicket::ticketId)
                .toList();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private List<String> found(TestUser user, String document, String field, String q) {
        return as(user).document(document)
                .variable("q", q)
                .execute()
                .path(field + ".edges[*].node.id")
                .entityList(String.class)
                .get();
    }

    @Test
    void createUpdateCommentAndDeleteOverGraphQlReachTheIndex() {
        TestUser customer = users.customer();
        String first = word();
        String second = word();
        String inComment = word();
        Map<String, Object> created = as(customer)
                .document(CREATE)
                .variable("input", Map.of("title", "Printer " + first, "description", "It jams"))
                .execute()
                .path("createTicket.ticket")
                .entity(Map.class)
                .get();
        long id = Long.parseLong((String) created.get("id"));
        await("the created ticket is indexed", () -> indexed(first).contains(id));

        Map<String, Object> updated = as(users.agent())
                .document(UPDATE)
                .variable(
                        "input", Map.of("id", id(id), "lockVersion", created.get("lockVersion"), "description", second))
                .execute()
                .path("updateTicket.ticket")
                .entity(Map.class)
                .get();
        await("the update is indexed", () -> indexed(second).contains(id));
        commentService.add(users.agent().actor(), id, "replaced the " + inComment + " roller", false);
        await("the comment is indexed", () -> indexed(inComment).contains(id));
        assertThat(found(customer, SEARCH, "searchTickets", inComment)).containsExactly(id(id));
        assertThat(found(customer, FILTER, "tickets", inComment)).containsExactly(id(id));
        assertThat(found(customer, FILTER, "tickets", second)).containsExactly(id(id));

        as(users.agent())
                .document(DELETE)
                .variable("input", Map.of("id", id(id), "lockVersion", updated.get("lockVersion")))
                .execute();
        await("the deleted ticket leaves the index", () -> indexed(first).isEmpty());
        assertThat(found(customer, SEARCH, "searchTickets", first)).isEmpty();
    }

    @Test
    void aRolledBackTicketIsNeverIndexed() {
        String lost = word();
        String kept = word();
        transactions.executeWithoutResult(status -> {
            ticket(users.agent().actor(), CreateTicket.of("Lost " + lost, "never committed"));
            status.setRollbackOnly();
        });
        Ticket marker = ticket(users.customer(), "Kept " + kept);

        await("the later ticket is indexed", () -> indexed(kept).contains(marker.id()));
        assertThat(indexed(lost)).isEmpty();
        assertThat(found(users.admin(), SEARCH, "searchTickets", lost)).isEmpty();
    }

    @Test
    void aCustomerNeverFindsAnotherCustomersTicketOrAnInternalComment() {
        String w = word();
        String secret = word();
        TestUser customer = users.customer();
        Ticket own = ticket(customer, "Own " + w);
        Ticket foreign = ticket(users.customer(), "Foreign " + w);
        comment(users.agent(), own, "note " + secret, true);
        await(
                "both are indexed",
                () -> indexed(w).size() == 2 && indexed(secret).contains(own.id()));

        assertThat(found(customer, SEARCH, "searchTickets", w)).containsExactly(id(own.id()));
        assertThat(found(customer, FILTER, "tickets", w)).containsExactly(id(own.id()));
        assertThat(found(customer, SEARCH, "searchTickets", secret)).isEmpty();
        assertThat(found(customer, FILTER, "tickets", secret)).isEmpty();
        assertThat(found(users.agent(), SEARCH, "searchTickets", w))
                .containsExactlyInAnyOrder(id(own.id()), id(foreign.id()));
        assertThat(found(users.agent(), FILTER, "tickets", secret)).containsExactly(id(own.id()));
    }

    @Test
    void statusAndRebuildAreForAdministratorsAndARebuildFindsTheSame() {
        String w = word();
        ticket(users.customer(), "Before " + w);
        ticket(users.customer(), "After " + w);
        await("both are indexed", () -> indexed(w).size() == 2);
        List<String> before = found(users.agent(), SEARCH, "searchTickets", w);

        singleError(anonymous().document(STATUS).execute(), "UNAUTHORIZED");
        singleError(as(users.agent()).document(STATUS).execute(), "FORBIDDEN");
        singleError(as(users.customer()).document(REBUILD).execute(), "FORBIDDEN");
        singleError(anonymous().document(REBUILD).execute(), "UNAUTHORIZED");
        as(users.admin())
                .document(REBUILD)
                .execute()
                .path("rebuildSearchIndex.status.engine")
                .entity(String.class)
                .isEqualTo("lucene");
        await("the rebuild ends", () -> {
            Map<?, ?> status = as(users.admin())
                    .document(STATUS)
                    .execute()
                    .path("searchIndexStatus")
                    .entity(Map.class)
                    .get();
            return Boolean.TRUE.equals(status.get("ready")) && Boolean.FALSE.equals(status.get("rebuilding"));
        });

        assertThat(indexed(w)).hasSize(2);
        assertThat(found(users.agent(), SEARCH, "searchTickets", w)).containsExactlyElementsOf(before);
    }

    @Test
    void aMissingOrCorruptedIndexIsRebuiltAtStart() throws IOException {
        String w = word();
        Ticket ticket = ticket(users.customer(), "Survivor " + w);
        await("the ticket is indexed", () -> indexed(w).contains(ticket.id()));
        Path dir = Path.of(indexDir);

        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(file, "not an index");
            }
        }
        indexer.start();
        assertThat(indexer.ready()).isTrue();
        assertThat(indexed(w)).containsExactly(ticket.id());

        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        indexer.start();
        assertThat(indexer.ready()).isTrue();
        assertThat(indexed(w)).containsExactly(ticket.id());
    }
}
