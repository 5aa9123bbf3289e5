package vn.vientro.monitoring.evaluation;

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
 * Names evaluations in the audit log ("Đánh giá giữa kỳ · VT-2026-0012"), linked to their page; a criterion's rating
 * by the evaluation it belongs to.
 */
@Component
class EvaluationAuditNameQueries implements RecordNames {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    EvaluationAuditNameQueries(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        return RecordNames.throughOwners(rows, row -> row.table().equals("monitoring.evaluation")
                        || row.table().equals("monitoring.evaluation_rating")
                        ? row.owner("monitoring.evaluation", "evaluation_id") : Optional.empty(),
                ids -> evaluations(ids, locale));
    }

    private Map<Long, NamedRecord> evaluations(Set<Long> ids, Locale locale) {
        Map<Long, NamedRecord> named = new HashMap<>();
        jdbc.sql("select id, kind, item_code from monitoring.evaluation where id in (:ids)").param("ids", ids)
                .query((rs, n) -> named.put(rs.getLong("id"), new NamedRecord(
                        messages.getMessage("monitoring.evaluation.kind." + rs.getString("kind"), null,
                                rs.getString("kind"), locale) + " · " + rs.getString("item_code"),
                        "/app/monitoring/evaluations/" + rs.getLong("id"))))
                .list();
        return named;
    }
}
