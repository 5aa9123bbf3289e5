package vn.vientro.aid.item;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.audit.AuditedRow;
import vn.vientro.audit.NamedRecord;
import vn.vientro.audit.RecordNames;

/** Names the aid module's audited rows in the audit log by the item they belong to: its code and its name. */
@Component
class ItemAuditNameQueries implements RecordNames {

    private final JdbcClient jdbc;

    ItemAuditNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        String name = "en".equals(locale.getLanguage()) ? "coalesce(name_en, name_vi)" : "name_vi";
        return RecordNames.throughOwners(rows, row -> row.table().startsWith("aid.")
                        ? row.owner("aid.aid_item", "aid_item", "aid_item_id") : Optional.empty(),
                ids -> RecordNames.read(jdbc.sql("select id, code || ' · ' || " + name + " as label"
                        + " from aid.aid_item where id in (:ids)").param("ids", ids), "/app/aid/items/"));
    }
}
