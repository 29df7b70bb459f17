package io.polydesk.persistence.search.lucene;

import io.polydesk.domain.search.SearchIndex;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code polydesk.search.engine}: {@code lucene} (the default) keeps an index, {@code database} searches SQL. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    @Bean
    SearchIndex searchIndex(
            @Value("${polydesk.search.engine:lucene}") String engine,
            @Value("${polydesk.search.index-dir:${polydesk.data-dir:./data}/search-index}") String indexDir) {
        return switch (engine) {
            case "lucene" -> new LuceneSearchIndex(Path.of(indexDir));
            case "database" -> SearchIndex.disabled();
            default ->
                throw new IllegalArgumentException("polydesk.search.engine must be lucene or database, not " + engine);
        };
    }
}
