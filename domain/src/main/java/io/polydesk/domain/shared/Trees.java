package io.polydesk.domain.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Subtrees of the small parent-linked lookup tables (asset types, locations, knowledge categories), read whole. */
public final class Trees {

    private Trees() {}

    /**
     * The node and every node below it, the root first. A loop in the stored tree ends the walk rather than
     * running forever; a move that would make one is what callers check this for.
     */
    public static <T> List<Long> subtree(long rootId, List<T> nodes, ToLongFunction<T> id, Function<T, Long> parentId) {
        Set<Long> found = new HashSet<>(List.of(rootId));
        List<Long> ordered = new ArrayList<>(List.of(rootId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (T node : nodes) {
                Long parent = parentId.apply(node);
                if (parent != null && found.contains(parent) && found.add(id.applyAsLong(node))) {
                    ordered.add(id.applyAsLong(node));
                    grew = true;
                }
            }
        }
        return ordered;
    }
}
