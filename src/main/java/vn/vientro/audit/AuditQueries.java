package vn.vientro.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.platform.VientroProperties;

/**
 * The trail as the trigger wrote it, newest first; the filter joins fixed conditions, never values. Without
 * {@code sealed} no sealed event is selected, nor any other of a transaction that made a sealed change: a reader who
 * may not read security opinions learns nothing of them.
 */
@Component
class AuditQueries {

    private static final String EVENTS = """
            select id, occurred_at, actor, operation, schema_name || '.' || table_name as table_name,
                   row_id, before::text as before, after::text as after
              from audit.event
            """;
    private static final String UNSEALED = "not sealed and not audit.seals_transaction(transaction_id)";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditQueries(JdbcClient jdbc, VientroProperties properties) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(properties.timeZone());
    }

    List<AuditEvent> search(AuditFilter filter, boolean sealed) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", filter.limit());
        if (!sealed) {
            conditions.add(UNSEALED);
        }
        if (filter.table() != null) {
            conditions.add(filter.table().contains(".")
                    ? "schema_name || '.' || table_name = :table" : "table_name = :table");
            params.put("table", filter.table());
        }
        if (filter.rowId() != null) {
            conditions.add("row_id = :rowId");
            params.put("rowId", filter.rowId());
        }
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.beforeId() != null) {
            conditions.add("id < :beforeId");
            params.put("beforeId", filter.beforeId());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql(EVENTS + where + " order by id desc limit :limit").params(params)
                .query(AuditQueries::event).list();
    }

    /** The changes of some rows of one table ({@code schema.table}), newest first. */
    List<AuditEvent> historyOf(String table, Collection<String> rowIds, int limit, boolean sealed) {
        return jdbc.sql(EVENTS + " where schema_name || '.' || table_name = :table and row_id in (:ids)"
                        + " and (:sealed or " + UNSEALED + ") order by id desc limit :limit")
                .param("table", table).param("ids", rowIds).param("sealed", sealed).param("limit", limit)
                .query(AuditQueries::event).list();
    }

    /** The tables the trigger is attached to. */
    List<String> auditedTables() {
        return jdbc.sql("""
                select n.nspname || '.' || c.relname
                  from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                 where t.tgname = 'audit_change' order by 1
                """).query(String.class).list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("operation"), rs.getString("table_name"), rs.getString("row_id"), rs.getString("before"),
                rs.getString("after"));
    }
}
