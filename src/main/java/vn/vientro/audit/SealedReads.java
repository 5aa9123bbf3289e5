package vn.vientro.audit;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records in the audit trail every read of a sealed record (DOMAIN.md §10: audit-log every read of secret items), as a
 * sealed {@code READ} event of that record's row: who read it, when, through which screen, never what it says. The
 * module that shows a sealed record calls it in its service, once it has checked with its own policy that the user may
 * read it, so it checks no permission itself. SQL, not a repository: the trail is written only by the database's
 * audit functions, and a read is the one thing the database cannot see by itself.
 */
@Component
public class SealedReads {

    private final JdbcClient jdbc;

    SealedReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the user read these rows of {@code table} ({@code schema.table}); the caller's transaction must be
     * writable.
     */
    @Transactional
    public void record(String table, Collection<Long> rowIds, ReadChannel channel) {
        for (long rowId : rowIds) {
            jdbc.sql("select audit.record_read(:table, :row, :channel)").param("table", table)
                    .param("row", Long.toString(rowId)).param("channel", channel.name()).query().singleRow();
        }
    }
}
