package vn.vientro.mobilisation.need;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.audit.AuditedRow;
import vn.vientro.audit.NamedRecord;
import vn.vientro.audit.RecordNames;

/** Names the audited rows that belong to a catalogue need (its steps, files, catalogue entries) by the need's title. */
@Component
class NeedAuditNameQueries implements RecordNames {

    private final JdbcClient jdbc;

    NeedAuditNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        String title = "en".equals(locale.getLanguage()) ? "coalesce(title_en, title_vi)" : "title_vi";
        return RecordNames.throughOwners(rows, row -> row.table().startsWith("mobilisation.")
                ? row.owner("mobilisation.need", "need") : Optional.empty(),
                ids -> RecordNames.read(jdbc.sql("select id, " + title + " as label from mobilisation.need"
                        + " where id in (:ids)").param("ids", ids), "/app/mobilisation/needs/"));
    }
}
