package vn.vientro.monitoring.duty;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.audit.AuditedRow;
import vn.vientro.audit.NamedRecord;
import vn.vientro.audit.RecordNames;

/**
 * Names monitoring's audited rows in the audit log by the duty they belong to ("Báo cáo tình hình thực hiện 6 tháng ·
 * VT-2026-0012"), linked to its report page: the duty, its report, the report's steps, the reminders sent for it.
 */
@Component
class MonitoringAuditNameQueries implements RecordNames {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    MonitoringAuditNameQueries(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        Map<Long, NamedRecord> named = new HashMap<>();
        named.putAll(RecordNames.throughOwners(rows, row -> row.table().equals("monitoring.report_duty")
                        || row.table().equals("monitoring.report") || row.table().equals("monitoring.chase_sent")
                        ? row.owner("monitoring.report_duty", "duty_id") : Optional.empty(),
                ids -> duties("""
                        select d.id as key, d.id, d.kind, d.item_code from monitoring.report_duty d where d.id in (:ids)
                        """, ids, locale)));
        named.putAll(RecordNames.throughOwners(rows, row -> row.table().equals("monitoring.report_step")
                        ? row.number("report_id") : Optional.empty(),
                ids -> duties("""
                        select r.id as key, d.id, d.kind, d.item_code
                          from monitoring.report r join monitoring.report_duty d on d.id = r.duty_id where r.id in (:ids)
                        """, ids, locale)));
        return named;
    }

    /** The duties a query finds, each under the {@code key} the query gives it. */
    private Map<Long, NamedRecord> duties(String sql, Set<Long> ids, Locale locale) {
        Map<Long, NamedRecord> named = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((rs, n) -> named.put(rs.getLong("key"), new NamedRecord(
                        messages.getMessage("monitoring.kind." + rs.getString("kind"), null, rs.getString("kind"),
                                locale) + " · " + rs.getString("item_code"),
                        "/app/monitoring/duties/" + rs.getLong("id") + "/report")))
                .list();
        return named;
    }
}
