package vn.vientro.monitoring.inspection;

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

/**
 * Names the inspections' audited rows in the audit log by the inspection they belong to (its title), linked to its
 * page: the inspection, its team and checklist, its findings with their evidence, its recommendations.
 */
@Component
class InspectionAuditNameQueries implements RecordNames {

    private static final Set<String> BY_INSPECTION = Set.of("monitoring.inspection", "monitoring.inspection_member",
            "monitoring.inspection_check", "monitoring.inspection_finding", "monitoring.inspection_recommendation");
    private static final String PAGE = "/app/monitoring/inspections/";

    private final JdbcClient jdbc;

    InspectionAuditNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        Map<Long, NamedRecord> named = new HashMap<>();
        named.putAll(RecordNames.throughOwners(rows, row -> BY_INSPECTION.contains(row.table())
                        ? row.owner("monitoring.inspection", "inspection_id") : Optional.empty(),
                ids -> RecordNames.read(jdbc.sql("""
                        select id, title as label from monitoring.inspection where id in (:ids)
                        """).param("ids", ids), PAGE)));
        named.putAll(RecordNames.throughOwners(rows, row -> row.table().equals("monitoring.finding_evidence")
                        ? row.number("finding_id") : Optional.empty(),
                ids -> {
                    Map<Long, NamedRecord> byFinding = new HashMap<>();
                    jdbc.sql("""
                            select f.id as finding, i.id, i.title from monitoring.inspection_finding f
                              join monitoring.inspection i on i.id = f.inspection_id where f.id in (:ids)
                            """).param("ids", ids).query((rs, n) -> byFinding.put(rs.getLong("finding"),
                            new NamedRecord(rs.getString("title"), PAGE + rs.getLong("id")))).list();
                    return byFinding;
                }));
        return named;
    }
}
