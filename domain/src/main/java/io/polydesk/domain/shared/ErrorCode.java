package io.polydesk.domain.shared;

/** The one error taxonomy every surface maps onto its own status codes and bodies. */
public enum ErrorCode {
    /** Input broke a rule; {@link DomainException#details()} names the fields. */
    INVALID,
    /** No credentials, or credentials that no longer hold. */
    UNAUTHENTICATED,
    /** A known caller without the right to do this. */
    FORBIDDEN,
    /** The thing does not exist, or the caller may not know that it does. */
    NOT_FOUND,
    /** A stale version or a duplicate: retrying the same request will not help. */
    CONFLICT
}
