package vn.vientro.portal.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.audit.AuditedRow;
import vn.vientro.audit.NamedRecord;
import vn.vientro.audit.RecordNames;

/** Names a feedback's audited rows by its code (never by its sender, whose name is personal data). */
@Component
class FeedbackAuditNameQueries implements RecordNames {

    private final JdbcClient jdbc;

    FeedbackAuditNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        return RecordNames.throughOwners(rows, row -> row.table().equals("portal.feedback")
                        ? row.owner("portal.feedback") : Optional.empty(),
                ids -> RecordNames.read(jdbc.sql("select id, code as label from portal.feedback where id in (:ids)")
                        .param("ids", ids), FeedbackController.PATH + "/"));
    }
}
