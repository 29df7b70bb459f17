package io.polydesk.domain.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a partial update: either left as it is, or set to a value that may be null.
 * PATCH bodies and GraphQL inputs both need "omitted" and "set to null" kept apart.
 */
public final class Change<T> {

    private static final Change<?> KEEP = new Change<>(false, null);

    private final boolean present;
    private final T value;

    private Change(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    public boolean isPresent() {
        return present;
    }

    public T value() {
        return value;
    }

    public T orElse(T current) {
        return present ? value : current;
    }

    public <R> Change<R> map(Function<? super T, ? extends R> mapper) {
        return present ? Change.to(value == null ? null : mapper.apply(value)) : keep();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change<?> other && present == other.present && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return present ? "Change.to(" + value + ")" : "Change.keep()";
    }
}
