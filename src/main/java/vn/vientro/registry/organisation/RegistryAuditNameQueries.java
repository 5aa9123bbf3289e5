package vn.vientro.registry.organisation;

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
 * Names the registry's audited rows in the audit log: a paper by its number and organisation, a contact by the
 * person's name, everything else by the organisation it belongs to.
 */
@Component
class RegistryAuditNameQueries implements RecordNames {

    private static final String ORGANISATION_NAME = "coalesce(o.name_vi, o.name_en, o.name_original)";
    private static final String ORGANISATION_NAME_EN = "coalesce(o.name_en, o.name_original, o.name_vi)";

    private final JdbcClient jdbc;

    RegistryAuditNameQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale) {
        String name = "en".equals(locale.getLanguage()) ? ORGANISATION_NAME_EN : ORGANISATION_NAME;
        Map<Long, NamedRecord> named = new HashMap<>();
        named.putAll(RecordNames.throughOwners(rows, row -> isPermitRow(row)
                ? row.owner("registry.permit", "permit") : Optional.empty(), ids -> permits(ids, name)));
        named.putAll(RecordNames.throughOwners(rows, row -> isContactRow(row)
                ? row.owner("registry.contact", "contact") : Optional.empty(), this::contacts));
        named.putAll(RecordNames.throughOwners(rows, row -> row.table().startsWith("registry.")
                && !isPermitRow(row) && !isContactRow(row)
                ? row.owner("registry.organisation", "organisation") : Optional.empty(),
                ids -> organisations(ids, name)));
        return named;
    }

    private static boolean isPermitRow(AuditedRow row) {
        return row.table().equals("registry.permit") || row.table().equals("registry.permit_event");
    }

    private static boolean isContactRow(AuditedRow row) {
        return row.table().equals("registry.contact") || row.table().equals("registry.contact_interaction");
    }

    private Map<Long, NamedRecord> permits(Set<Long> ids, String organisationName) {
        return RecordNames.read(jdbc.sql("select p.id, p.number || ' · ' || " + organisationName + " as label"
                + " from registry.permit p join registry.organisation o on o.id = p.organisation where p.id in (:ids)")
                .param("ids", ids), "/app/registry/permits/");
    }

    private Map<Long, NamedRecord> contacts(Set<Long> ids) {
        return RecordNames.read(jdbc.sql("select id, full_name as label from registry.contact where id in (:ids)")
                .param("ids", ids), "/app/registry/contacts/");
    }

    private Map<Long, NamedRecord> organisations(Set<Long> ids, String organisationName) {
        return RecordNames.read(jdbc.sql("select o.id, " + organisationName + " as label from registry.organisation o"
                + " where o.id in (:ids)").param("ids", ids), "/app/registry/organisations/");
    }

}
