package vn.vientro.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by a database that cannot be reached (stopped, crashed, restarting, still recovering) from
 * any other: whatever Spring wrapped it in, one of its causes is a connection failure. A commit or rollback that
 * failed is one too: when the server dies under a transaction, the rollback Spring then tries finds the connection
 * closed, and that is the failure it reports.
 */
final class DatabaseOutage {

    private static final int MAX_CAUSES = 20;

    private DatabaseOutage() {
    }

    static boolean explains(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is a connection exception; 57P01 to 57P03 say the server is shutting down, crashed or is
     * starting up (crash recovery answers "the database system is in recovery mode" with 57P03).
     */
    private static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
