package vn.vientro.reporting.pivot;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.audit.AuditedRow;
import vn.vientro.audit.NamedRecord;
import vn.vientro.audit.RecordNames;

/** Names saved pivots in the audit log by their names, linked to their page. */
@Component
class PivotAuditNameQueries implements RecordNames {

    private final JdbcClient jdbc;

    PivotAuditNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        return RecordNames.throughOwners(rows, row -> row.table().equals("reporting.saved_pivot")
                ? row.owner("reporting.saved_pivot", "id") : Optional.empty(), this::pivots);
    }

    private Map<Long, NamedRecord> pivots(Set<Long> ids) {
        Map<Long, NamedRecord> named = new HashMap<>();
        jdbc.sql("select id, name from reporting.saved_pivot where id in (:ids)").param("ids", ids)
                .query((rs, n) -> named.put(rs.getLong("id"), new NamedRecord(rs.getString("name"),
                        "/app/reporting/pivot/saved/" + rs.getLong("id"))))
                .list();
        return named;
    }
}
