package io.polydesk.compat.support;

import java.io.IOException;

/**
 * A body of unknown length ran past {@code polydesk.http.max-body-size} while it was read. The application's size
 * filter throws it; a surface whose reader fails on it answers 413 in its own shape.
 */
public final class RequestBodyTooLarge extends IOException {

    public RequestBodyTooLarge(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }

    /** Whether reading failed because of this, however deep the readers wrapped it. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
