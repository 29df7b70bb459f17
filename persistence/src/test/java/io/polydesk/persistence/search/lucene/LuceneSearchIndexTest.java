package io.polydesk.persistence.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.search.IndexQuery;
import io.polydesk.domain.search.ScoredTicket;
import io.polydesk.domain.search.SearchDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

    @TempDir
    Path dir;

    private static SearchDocument doc(long id, long requester, String title, String comment, String internal) {
        return new SearchDocument(id, requester, "TKT-00" + id, title, "desc", List.of(comment), List.of(internal));
    }

    private static List<Long> ids(List<ScoredTicket> hits) {
        return hits.stream().map(ScoredTicket::ticketId).toList();
    }

    private static IndexQuery ranked(String word, Long requester, boolean internal, int offset, int limit) {
        return new IndexQuery(List.of(word), word, false, requester, internal, true, offset, limit);
    }

    @Test
    void ranksTitleHitsFirstPagesAndAppliesTheRequesterAndInternalRules() {
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            assertThat(index.open()).isEmpty();
            index.write(
                    List.of(
                            doc(1, 10, "Printer broken", "none", "none"),
                            doc(2, 10, "Laptop", "the printer jams", "none"),
                            doc(3, 20, "Printer again", "none", "secret"),
                            doc(4, 10, "Screen", "none", "secret")),
                    List.of());

            assertThat(ids(index.query(ranked("printer", null, true, 0, 10)).hits()))
                    .containsExactly(3L, 1L, 2L);
            assertThat(index.query(ranked("printer", null, true, 0, 1)).total()).isEqualTo(3);
            assertThat(ids(index.query(ranked("printer", null, true, 1, 1)).hits()))
                    .containsExactly(1L);
            assertThat(ids(index.query(ranked("printer", 10L, false, 0, 10)).hits()))
                    .containsExactly(1L, 2L);
            assertThat(index.query(ranked("secret", null, false, 0, 10)).total())
                    .isZero();
            assertThat(ids(index.query(ranked("secret", null, true, 0, 10)).hits()))
                    .containsExactly(4L, 3L);
            assertThat(ids(index.query(new IndexQuery(
                                    List.of("print", "jam"), "print jam", true, null, false, false, 0, 10))
                            .hits()))
                    .containsExactly(2L);
            assertThat(ids(index.query(
                                    new IndexQuery(List.of("tkt", "003"), "tkt-003", true, null, false, false, 0, 10))
                            .hits()))
                    .containsExactly(3L);

            index.write(List.of(), List.of(1L));
            assertThat(ids(index.query(ranked("printer", null, true, 0, 10)).hits()))
                    .containsExactly(3L, 2L);
        }
    }

    @Test
    void aCommitRemembersTheLastEventAndABrokenIndexOpensEmpty() throws IOException {
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            index.open();
            index.write(List.of(doc(1, 10, "Printer", "x", "y")), List.of());
            index.commit(42);
        }
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            assertThat(index.open()).hasValue(42);
            assertThat(index.documentCount()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(file, "not an index");
            }
        }
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            assertThat(index.open()).isEmpty();
            assertThat(index.documentCount()).isZero();
        }
    }
}
