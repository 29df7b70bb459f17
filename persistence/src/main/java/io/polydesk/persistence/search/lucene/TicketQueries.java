package io.polydesk.persistence.search.lucene;

import io.polydesk.domain.search.IndexQuery;
import io.polydesk.persistence.search.lucene.LuceneSearchIndex.TicketFields;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene queries for the domain's {@link IndexQuery}: a listing filter needs every word to start a word of the
 * ticket; a ranked search counts any whole word, a title hit three times, an exact ticket number above all.
 */
final class TicketQueries {

    private TicketQueries() {}

    static Query of(IndexQuery q) {
        BooleanQuery.Builder matches = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        if (q.allTerms()) {
            if (!q.number().isEmpty()) {
                matches.add(new PrefixQuery(new Term(TicketFields.NUMBER, q.number())), Occur.SHOULD);
            }
            if (!q.terms().isEmpty()) {
                BooleanQuery.Builder every = new BooleanQuery.Builder();
                for (String term : q.terms()) {
                    every.add(anyField(q, term, true), Occur.MUST);
                }
                matches.add(every.build(), Occur.SHOULD);
            }
        } else {
            matches.add(new BoostQuery(new TermQuery(new Term(TicketFields.NUMBER, q.number())), 1000), Occur.SHOULD);
            for (String term : q.terms()) {
                matches.add(anyField(q, term, false), Occur.SHOULD);
            }
        }
        if (q.terms().isEmpty() && q.number().isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(matches.build(), Occur.MUST);
        if (q.requesterId() != null) {
            query.add(
                    new TermQuery(
                            new Term(TicketFields.REQUESTER, q.requesterId().toString())),
                    Occur.FILTER);
        }
        return query.build();
    }

    private static Query anyField(IndexQuery q, String term, boolean prefix) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(word(TicketFields.TITLE, term, prefix), 3), Occur.SHOULD);
        for (String field : fields(q)) {
            any.add(word(field, term, prefix), Occur.SHOULD);
        }
        return any.build();
    }

    private static List<String> fields(IndexQuery q) {
        return q.includeInternal()
                ? List.of(
                        TicketFields.DESCRIPTION,
                        TicketFields.COMMENTS,
                        TicketFields.NUMBER_WORDS,
                        TicketFields.INTERNAL)
                : List.of(TicketFields.DESCRIPTION, TicketFields.COMMENTS, TicketFields.NUMBER_WORDS);
    }

    private static Query word(String field, String term, boolean prefix) {
        Term t = new Term(field, term);
        return prefix ? new PrefixQuery(t) : new TermQuery(t);
    }
}
