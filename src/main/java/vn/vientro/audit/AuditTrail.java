package vn.vientro.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.VientroProperties;

/** Reads the append-only audit trail, newest first. Administrators and leaders only. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditTrail(JdbcClient jdbc, VientroProperties properties) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(properties.timeZone());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        var statement = new StringBuilder("""
                select id, occurred_at, actor, operation, schema_name || '.' || table_name as table_name,
                       row_id, before::text as before, after::text as after
                  from audit.event
                """);
        if (filter.table() != null) {
            conditions.add(filter.table().contains(".")
                    ? "schema_name || '.' || table_name = :table" : "table_name = :table");
        }
        if (filter.rowId() != null) {
            conditions.add("row_id = :rowId");
        }
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
        }
        if (filter.beforeId() != null) {
            conditions.add("id < :beforeId");
        }
        if (!conditions.isEmpty()) {
            statement.append(" where ").append(String.join(" and ", conditions));
        }
        statement.append(" order by id desc limit :limit");
        var query = jdbc.sql(statement.toString()).param("limit", filter.limit());
        if (filter.table() != null) {
            query = query.param("table", filter.table());
        }
        if (filter.rowId() != null) {
            query = query.param("rowId", filter.rowId());
        }
        if (filter.actor() != null) {
            query = query.param("actor", filter.actor());
        }
        if (filter.from() != null) {
            query = query.param("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            query = query.param("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.beforeId() != null) {
            query = query.param("beforeId", filter.beforeId());
        }
        return query.query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("operation"), rs.getString("table_name"), rs.getString("row_id"),
                rs.getString("before"), rs.getString("after"))).list();
    }

    /**
     * The recorded changes of some rows of one table ({@code schema.table}), newest first: for a module showing the
     * history of its own records. The caller has already checked that the user may read those records.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String table, java.util.Collection<String> rowIds, int limit) {
        if (rowIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, occurred_at, actor, operation, schema_name || '.' || table_name as table_name,
                       row_id, before::text as before, after::text as after
                  from audit.event where schema_name || '.' || table_name = :table and row_id in (:ids)
                 order by id desc limit :limit
                """).param("table", table).param("ids", rowIds).param("limit", limit)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("operation"), rs.getString("table_name"),
                        rs.getString("row_id"), rs.getString("before"), rs.getString("after"))).list();
    }

    /** The audited tables, for the filter's choice list. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    @Transactional(readOnly = true)
    public List<String> auditedTables() {
        return jdbc.sql("""
                select n.nspname || '.' || c.relname
                  from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                 where t.tgname = 'audit_change' order by 1
                """).query(String.class).list();
    }
}
