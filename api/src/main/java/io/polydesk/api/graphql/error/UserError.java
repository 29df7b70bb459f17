package io.polydesk.api.graphql.error;

import graphql.schema.DataFetchingEnvironment;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.StaleVersionException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One expected failure of a mutation, as {@code userErrors} carries it; {@code code} is a UserErrorCode. */
public record UserError(List<String> field, String message, String code) {

    /** The user errors an expected domain failure of the field {@code env} runs: one per field at fault, else one. */
    public static List<UserError> of(DomainException ex, DataFetchingEnvironment env) {
        if (ex.code() == ErrorCode.INVALID && !ex.details().isEmpty()) {
            return ex.details().stream()
                    .map(d -> new UserError(path(GraphQlErrorResolver.path(d, env)), d.message(), "INVALID"))
                    .toList();
        }
        List<String> field = ex instanceof StaleVersionException
                ? path(GraphQlErrorResolver.path(new FieldError("lockVersion", ""), env))
                : null;
        return List.of(new UserError(field, ex.getMessage(), code(ex)));
    }

    /** One user error at {@code field} for {@code ex}, its field details folded into the message. */
    public static UserError at(List<String> field, DomainException ex) {
        String message = ex.details().isEmpty()
                ? ex.getMessage()
                : ex.details().stream().map(d -> d.field() + ": " + d.message()).collect(Collectors.joining("; "));
        return new UserError(field, message, code(ex));
    }

    /** Whether {@code ex} is a failure the caller can act on, rather than an unexpected or an authentication one. */
    public static boolean expected(Throwable ex) {
        return ex instanceof DomainException domain && domain.code() != ErrorCode.UNAUTHENTICATED;
    }

    private static String code(DomainException ex) {
        return switch (ex.code()) {
            case CONFLICT -> ex instanceof StaleVersionException ? "STALE" : "CONFLICT";
            case INVALID, NOT_FOUND, FORBIDDEN -> ex.code().name();
            case UNAUTHENTICATED -> throw new IllegalArgumentException("not a user error", ex);
        };
    }

    /** {@code input.title} is {@code [input, title]}; {@code ids[3]} is {@code [ids, 3]}. */
    private static List<String> path(String dotted) {
        return Arrays.stream(dotted.replaceAll("\\[(\\d+)]", ".$1").split("\\."))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
