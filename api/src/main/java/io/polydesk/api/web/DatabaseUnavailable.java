package io.polydesk.api.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database from every other failure. While the database is away a request gets
 * 503 with {@code Retry-After}, in its surface's shape, so a client knows to come back rather than give up; it
 * is logged as one line, since an outage fails every request and a stack trace each would bury the log.
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE = "The service is briefly unavailable; try again shortly";
    public static final String CODE = "UNAVAILABLE";
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    /** Whether {@code failure}, or anything that caused it, is the database being out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof TransactionSystemException && t.getCause() == null) {
                return false;
            }
        }
        return false;
    }
}
