package io.polydesk.api.graphql.error;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.StaleVersionException;
import java.util.Arrays;
import java.util.List;

/** One expected failure of a mutation, as {@code userErrors} carries it; {@code code} is a UserErrorCode. */
public record UserError(List<String> field, String message, String code) {

    /** The user errors an expected domain failure stands for: one per field at fault, else one. */
    public static List<UserError> of(DomainException ex, String prefix) {
        return switch (ex.code()) {
            case INVALID ->
                ex.details().isEmpty()
                        ? List.of(new UserError(null, ex.getMessage(), "INVALID"))
                        : ex.details().stream()
                                .map(d -> new UserError(path(d, prefix), d.message(), "INVALID"))
                                .toList();
            case CONFLICT ->
                ex instanceof StaleVersionException
                        ? List.of(new UserError(path("lockVersion", prefix), ex.getMessage(), "STALE"))
                        : List.of(new UserError(null, ex.getMessage(), "CONFLICT"));
            case NOT_FOUND -> List.of(new UserError(null, ex.getMessage(), "NOT_FOUND"));
            case FORBIDDEN -> List.of(new UserError(null, ex.getMessage(), "FORBIDDEN"));
            case UNAUTHENTICATED -> throw new IllegalArgumentException("not a user error", ex);
        };
    }

    /** Whether {@code ex} is a failure the caller can act on, rather than an unexpected or an authentication one. */
    public static boolean expected(Throwable ex) {
        return ex instanceof DomainException domain
                && domain.code() != io.polydesk.domain.shared.ErrorCode.UNAUTHENTICATED;
    }

    private static List<String> path(FieldError detail, String prefix) {
        return path(detail.field(), prefix);
    }

    /** {@code title} under {@code input} is {@code [input, title]}; {@code ids[3]} is {@code [ids, 3]}. */
    private static List<String> path(String field, String prefix) {
        String full = prefix == null || field.startsWith(prefix + ".") ? field : prefix + "." + field;
        return Arrays.stream(full.replaceAll("\\[(\\d+)]", ".$1").split("\\."))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
