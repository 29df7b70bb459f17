package io.polydesk.api.search;

import io.polydesk.domain.search.SearchIndexer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens (or rebuilds) the search index once the application is up, then follows the event log on one thread of
 * its own: start-up does not wait for a rebuild, and searches use the database until the index is ready.
 */
@Component
class SearchIndexPoller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexPoller.class);

    private final SearchIndexer indexer;
    private final Duration interval;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });

    SearchIndexPoller(SearchIndexer indexer, @Value("${polydesk.search.poll-interval:PT0.5S}") Duration interval) {
        this.indexer = indexer;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread.execute(() -> run("open", indexer::start));
        thread.scheduleWithFixedDelay(
                () -> run("follow the event log", indexer::catchUp),
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("The search index could not {}; it tries again", what, e);
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
