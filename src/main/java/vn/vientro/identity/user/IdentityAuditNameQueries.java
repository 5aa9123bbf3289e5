package vn.vientro.identity.user;

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

/** Names accounts by the person's full name and agencies by their name in the audit log. */
@Component
class IdentityAuditNameQueries implements RecordNames {

    private final JdbcClient jdbc;

    IdentityAuditNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        String agencyName = "en".equals(locale.getLanguage()) ? "coalesce(name_en, name_vi)" : "name_vi";
        Map<Long, NamedRecord> named = new HashMap<>();
        named.putAll(RecordNames.throughOwners(rows, row -> row.table().equals("identity.user_account")
                ? row.id() : Optional.empty(), ids -> named("select id, full_name as label from identity.user_account"
                + " where id in (:ids)", ids, "/app/admin/users/")));
        named.putAll(RecordNames.throughOwners(rows, row -> row.table().startsWith("identity.agency")
                ? row.owner("identity.agency", "agency", "agency_id") : Optional.empty(),
                ids -> named("select id, " + agencyName + " as label from identity.agency where id in (:ids)", ids,
                        "/app/admin/agencies/")));
        return named;
    }

    private Map<Long, NamedRecord> named(String sql, Set<Long> ids, String pageOf) {
        return RecordNames.read(jdbc.sql(sql).param("ids", ids), pageOf);
    }
}
