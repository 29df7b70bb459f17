package io.polydesk.api.ratelimit;

/**
 * What is left of the caller's rate-limit allowance while their request runs, for a surface that knows a request
 * costs more than one (a GraphQL query, by its complexity). The limiter has already taken one.
 */
public interface RequestAllowance {

    /** The request attribute the limiter leaves it under. */
    String ATTRIBUTE = RequestAllowance.class.getName();

    /** Takes {@code requests} more from the allowance; false, taking nothing, when fewer are left. */
    boolean take(long requests);
}
