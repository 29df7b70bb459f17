package io.polydesk.domain.search;

/**
 * How the index stands. {@code engine} is {@code lucene} or {@code database}; searches use the index only while
 * it is {@code ready}. {@code lastEventId} is the highest event of the log the index has applied.
 */
public record SearchIndexStatus(String engine, boolean ready, boolean rebuilding, long documents, long lastEventId) {}
