package io.polydesk.domain.shared;

import java.util.List;

/** A rule said no. Every surface turns this into its own error shape; the message is safe to show. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> details;

    public DomainException(ErrorCode code, String message, List<FieldError> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public static DomainException invalid(List<FieldError> details) {
        String message = details.size() == 1
                ? details.get(0).field() + ": " + details.get(0).message()
                : "Validation failed for " + details.size() + " fields";
        return new DomainException(ErrorCode.INVALID, message, details);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " " + id + " not found", List.of());
    }

    public static DomainException forbidden(String message) {
        return new DomainException(ErrorCode.FORBIDDEN, message, List.of());
    }

    public static DomainException conflict(String message) {
        return new DomainException(ErrorCode.CONFLICT, message, List.of());
    }

    public static DomainException unauthenticated() {
        return unauthenticated("Authentication required");
    }

    public static DomainException unauthenticated(String message) {
        return new DomainException(ErrorCode.UNAUTHENTICATED, message, List.of());
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }
}
