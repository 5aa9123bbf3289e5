package vn.vientro.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the append-only audit trail, newest first. The application never writes it: a row trigger in the database
 * does ({@code audit.record_change}), because only the database sees every change, from every node and every
 * concurrent transaction, in the transaction that makes it: a change cannot commit without its record.
 */
@Service
public class AuditTrail {

    private final AuditQueries queries;
    private final AuditPolicy policy;

    AuditTrail(AuditQueries queries, AuditPolicy policy) {
        this.queries = queries;
        this.policy = policy;
    }

    /** The events matching the filter; sealed ones only for those who read sealed records. */
    @PreAuthorize(AuditPolicy.READ)
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter) {
        return queries.search(filter, policy.readsSealed());
    }

    /**
     * The recorded changes of some rows of one table ({@code schema.table}), newest first: for a module showing the
     * history of its own records. The caller has already checked, with its own policy, that the user may read them.
     */
    @PreAuthorize(AuditPolicy.READ_HISTORY_OF_RECORDS)
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String table, Collection<String> rowIds, int limit) {
        return rowIds.isEmpty() ? List.of() : queries.historyOf(table, rowIds, limit, policy.readsSealed());
    }

    /** The audited tables, for the filter's choice list. */
    @PreAuthorize(AuditPolicy.READ)
    @Transactional(readOnly = true)
    public List<String> auditedTables() {
        return queries.auditedTables();
    }
}
