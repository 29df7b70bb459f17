package io.polydesk.api.graphql.support;

import io.polydesk.domain.shared.Change;
import java.util.function.Function;
import org.springframework.graphql.data.ArgumentValue;

/** Turns GraphQL's "omitted or given (maybe null)" into the domain's {@link Change}. */
public final class Changes {

    private Changes() {}

    public static <T> Change<T> of(ArgumentValue<T> value) {
        if (value == null || value.isOmitted()) {
            return Change.keep();
        }
        return Change.to(value.value());
    }

    public static <T, R> Change<R> of(ArgumentValue<T> value, Function<? super T, ? extends R> mapper) {
        return of(value).map(mapper);
    }
}
