package io.polydesk.api.graphql.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Helpers for batch mappings that follow an id from many sources to the objects it names. */
public final class Batches {

    private Batches() {}

    /** Maps each source to the object its key points at, loading every key with one call; null keys map to nothing. */
    public static <S, T> Map<S, T> byKey(
            List<S> sources, Function<S, Long> key, Function<Collection<Long>, Map<Long, T>> load) {
        Map<Long, T> loaded = load.apply(ids(sources, key));
        Map<S, T> result = new HashMap<>();
        for (S source : sources) {
            Long id = key.apply(source);
            if (id != null && loaded.containsKey(id)) {
                result.put(source, loaded.get(id));
            }
        }
        return result;
    }

    public static <S> List<Long> ids(List<S> sources, Function<S, Long> key) {
        return sources.stream().map(key).filter(Objects::nonNull).distinct().toList();
    }
}
