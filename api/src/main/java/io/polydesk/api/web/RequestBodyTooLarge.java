package io.polydesk.api.web;

import java.io.IOException;

/** A body of unknown length ran past {@code polydesk.http.max-body-size} while it was read. */
public final class RequestBodyTooLarge extends IOException {

    RequestBodyTooLarge(long limit) {
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
