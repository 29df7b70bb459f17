package io.polydesk.persistence.search.lucene;

import io.polydesk.domain.search.IndexHits;
import io.polydesk.domain.search.IndexQuery;
import io.polydesk.domain.search.ScoredTicket;
import io.polydesk.domain.search.SearchDocument;
import io.polydesk.domain.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index in a directory of this instance. Writes are searchable at once (near-real-time readers);
 * {@link #commit} makes them durable with the last applied event id in the commit's user data, so a restart goes
 * on from there. An index written by another {@link #SCHEMA} or that cannot be read is emptied, to be rebuilt.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    /** Bumped whenever fields or analysis change: an older index is rebuilt at start. */
    static final String SCHEMA = "1";

    static final String SCHEMA_KEY = "schema";
    static final String LAST_EVENT_KEY = "lastEventId";

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private final Path path;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    public LuceneSearchIndex(Path path) {
        this.path = path;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public synchronized OptionalLong open() {
        closeQuietly();
        try {
            Files.createDirectories(path);
            OptionalLong position = readPosition();
            if (position.isEmpty()) {
                wipe();
            }
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, config());
            searchers = new SearcherManager(writer, null);
            return position;
        } catch (IOException | RuntimeException e) {
            log.warn("The search index at {} cannot be opened ({}); it is rebuilt", path, e.toString());
            closeQuietly();
            try {
                wipe();
                directory = FSDirectory.open(path);
                writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
                searchers = new SearcherManager(writer, null);
                return OptionalLong.empty();
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    @Override
    public void write(List<SearchDocument> documents, Collection<Long> removed) {
        try {
            for (SearchDocument document : documents) {
                writer.updateDocument(TicketFields.key(document.ticketId()), TicketFields.of(document));
            }
            for (Long id : removed) {
                writer.deleteDocuments(TicketFields.key(id));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(long lastEventId) {
        try {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, LAST_EVENT_KEY, Long.toString(lastEventId))
                    .entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public IndexHits query(IndexQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                var lucene = TicketQueries.of(query);
                long total = searcher.count(lucene);
                int wanted = query.offset() + query.limit();
                if (query.limit() <= 0 || query.offset() >= total) {
                    return new IndexHits(List.of(), total);
                }
                Sort order =
                        query.byRelevance() ? new Sort(SortField.FIELD_SCORE, newestFirst()) : new Sort(newestFirst());
                TopFieldDocs top = searcher.search(lucene, wanted, order, query.byRelevance());
                List<ScoredTicket> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                for (int i = query.offset(); i < top.scoreDocs.length; i++) {
                    ScoreDoc doc = top.scoreDocs[i];
                    long id = Long.parseLong(stored.document(doc.doc).get(TicketFields.KEY));
                    hits.add(new ScoredTicket(id, Float.isNaN(doc.score) ? 0 : doc.score));
                }
                return new IndexHits(hits, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long documentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    /** Nothing is committed on close: a half-done rebuild must not replace the last good commit. */
    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new TicketAnalyzer()).setCommitOnClose(false);
    }

    private static SortField newestFirst() {
        return new SortField(TicketFields.ORDER, SortField.Type.LONG, true);
    }

    /** The last event id of a readable index of this schema; empty for none, another schema or a broken one. */
    private OptionalLong readPosition() throws IOException {
        try (Directory existing = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(existing)) {
                return OptionalLong.empty();
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(existing).getUserData();
            String last = data.get(LAST_EVENT_KEY);
            if (!SCHEMA.equals(data.get(SCHEMA_KEY)) || last == null) {
                return OptionalLong.empty();
            }
            try (DirectoryReader reader = DirectoryReader.open(existing)) {
                reader.numDocs();
            }
            return OptionalLong.of(Long.parseLong(last));
        }
    }

    private void wipe() throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!file.equals(path)) {
                        Files.delete(file);
                    }
                }
            }
        }
        Files.createDirectories(path);
    }

    private void closeQuietly() {
        for (AutoCloseable c : new AutoCloseable[] {searchers, writer, directory}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    log.debug("Closing the search index", e);
                }
            }
        }
        searchers = null;
        writer = null;
        directory = null;
    }

    /** The fields of one ticket's document. */
    static final class TicketFields {
        static final String KEY = "id";
        static final String ORDER = "order";
        static final String REQUESTER = "requester";
        static final String NUMBER = "number";
        static final String NUMBER_WORDS = "numberWords";
        static final String TITLE = "title";
        static final String DESCRIPTION = "description";
        static final String COMMENTS = "comments";
        static final String INTERNAL = "internal";

        private TicketFields() {}

        static Term key(long ticketId) {
            return new Term(KEY, Long.toString(ticketId));
        }

        static Document of(SearchDocument d) {
            Document doc = new Document();
            doc.add(new StringField(KEY, Long.toString(d.ticketId()), Field.Store.YES));
            doc.add(new NumericDocValuesField(ORDER, d.ticketId()));
            doc.add(new StringField(REQUESTER, Long.toString(d.requesterId()), Field.Store.NO));
            if (d.number() != null) {
                doc.add(new StringField(NUMBER, d.number().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
                doc.add(new TextField(NUMBER_WORDS, d.number(), Field.Store.NO));
            }
            text(doc, TITLE, d.title());
            text(doc, DESCRIPTION, d.description());
            d.publicComments().forEach(c -> text(doc, COMMENTS, c));
            d.internalComments().forEach(c -> text(doc, INTERNAL, c));
            return doc;
        }

        private static void text(Document doc, String field, String value) {
            if (value != null && !value.isEmpty()) {
                doc.add(new TextField(field, value, Field.Store.NO));
            }
        }
    }
}
