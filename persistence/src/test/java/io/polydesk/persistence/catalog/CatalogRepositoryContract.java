package io.polydesk.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.catalog.TicketType;
import io.polydesk.persistence.RepositoryTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

abstract class CatalogRepositoryContract extends RepositoryTest {

    @Autowired
    CatalogRepository catalog;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** Ticket types have no write port yet; administrators will add them. */
    private long insertNamed(String table, String name) {
        return new SimpleJdbcInsert(jdbc)
                .withTableName(table)
                .usingColumns("name")
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(Map.of("name", name))
                .longValue();
    }

    @Test
    void ticketTypesAreFoundByIdAndListedByName() {
        String prefix = unique("type");
        long question = insertNamed("ticket_types", prefix + "-question");
        long incident = insertNamed("ticket_types", prefix + "-incident");

        assertThat(catalog.findType(question)).contains(new TicketType(question, prefix + "-question"));
        assertThat(catalog.findType(-1)).isEmpty();
        assertThat(catalog.types().stream().filter(t -> t.name().startsWith(prefix)))
                .extracting(TicketType::id)
                .containsExactly(incident, question);
    }

    @Test
    void ensureTagInsertsANewTagOnce() {
        String name = unique("Billing");

        Tag created = catalog.ensureTag(name);

        assertThat(created.id()).isPositive();
        assertThat(created.name()).isEqualTo(name);
        assertThat(catalog.ensureTag(name)).isEqualTo(created);
        assertThat(catalog.tags())
                .filteredOn(t -> t.name().equalsIgnoreCase(name))
                .containsExactly(created);
    }

    @Test
    void ensureTagReturnsTheExistingTagWhateverTheCase() {
        Tag original = catalog.ensureTag(unique("Network"));

        assertThat(catalog.ensureTag(original.name().toUpperCase())).isEqualTo(original);
        assertThat(catalog.ensureTag(original.name().toLowerCase())).isEqualTo(original);
    }

    @Test
    void tagsAreFoundByNamesIgnoringCase() {
        Tag vpn = catalog.ensureTag(unique("vpn"));
        Tag wifi = catalog.ensureTag(unique("wifi"));
        catalog.ensureTag(unique("other"));

        assertThat(catalog.findTagsByNames(List.of(vpn.name().toUpperCase(), wifi.name(), unique("missing"))))
                .containsExactly(vpn, wifi);
        assertThat(catalog.findTagsByNames(List.of())).isEmpty();
    }

    /**
     * Two transactions add the same new tag: the second's insert waits for the first to commit, hits the unique
     * key, and must still answer the committed tag. Runs outside the test transaction, so it cleans up itself.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void ensureTagAnswersTheWinnersTagWhenTwoTransactionsRace() throws Exception {
        String name = unique("race");
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> tx.execute(status -> {
                long id = insertNamed("tags", name);
                firstInserted.countDown();
                await(secondStarted);
                sleep(700);
                return id;
            }));
            await(firstInserted);
            Future<Tag> second = pool.submit(() -> tx.execute(status -> {
                secondStarted.countDown();
                return catalog.ensureTag(name);
            }));

            long winner = first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new Tag(winner, name));
        } finally {
            pool.shutdownNow();
            jdbc.update("DELETE FROM tags WHERE name = ?", name);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void allTagsAreListedByName() {
        String prefix = unique("all");
        Tag b = catalog.ensureTag(prefix + "-b");
        Tag a = catalog.ensureTag(prefix + "-a");

        assertThat(catalog.tags()).filteredOn(t -> t.name().startsWith(prefix)).containsExactly(a, b);
    }
}
