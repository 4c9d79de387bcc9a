package vn.gialai.iwd.registry.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure is the database being unreachable, restarting, out of resources or read-only rather
 * than a fault of the request: such requests are answered 503 with Retry-After, so that clients retry.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causes(Throwable failure) {
        boolean fromJdbc = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                fromJdbc = true;
                if (unavailable(sql.getSQLState())) {
                    return true;
                }
            }
            // The pool's acquisition timeout: no connection could be made or freed in time.
            if (fromJdbc && cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE 08 connection exception, 53 insufficient resources (disk full), 57P01–57P03 shutdown or starting, 25006 read-only. */
    private static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("25006"));
    }
}
