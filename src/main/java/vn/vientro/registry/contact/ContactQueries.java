package vn.vientro.registry.contact;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the contact network: filtered list, one contact, an organisation's contacts, interaction logs. */
@Component
@Transactional(readOnly = true)
class ContactQueries {

    private static final String VIEW = """
            select c.*, coalesce(o.name_vi, o.name_en, o.name_original) as organisation_name,
                   coalesce(o.name_en, o.name_original) as organisation_name_en
              from registry.contact c
              left join registry.organisation o on o.id = c.organisation
            """;
    // Vietnamese alphabetical order (ă after a, đ after d ...), which the default collation gets wrong.
    private static final String ORDER = " order by c.full_name collate \"vi-x-icu\", c.id";

    private final JdbcClient jdbc;

    ContactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ContactView> find(long id) {
        return jdbc.sql(VIEW + " where c.id = :id").param("id", id).query(ContactQueries::view).optional();
    }

    ContactPage list(ContactFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (filter.kind() != null) {
            where.add("c.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.organisationId() != null) {
            where.add("c.organisation = :organisation");
            params.put("organisation", filter.organisationId());
        }
        if (filter.language() != null) {
            where.add(":language = any(c.languages)");
            params.put("language", filter.language());
        }
        if (filter.text() != null) {
            where.add("""
                    (lower(f_unaccent(c.full_name)) like lower(f_unaccent(:pattern))
                     or lower(f_unaccent(coalesce(c.title, ''))) like lower(f_unaccent(:pattern))
                     or lower(f_unaccent(coalesce(c.interests, ''))) like lower(f_unaccent(:pattern)))""");
            params.put("pattern", "%" + likeLiteral(filter.text()) + "%");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from registry.contact c" + condition).params(params)
                .query(Long.class).single();
        params.put("limit", filter.pageSize());
        params.put("offset", (long) filter.page() * filter.pageSize());
        List<ContactView> rows = jdbc.sql(VIEW + condition + ORDER + " limit :limit offset :offset").params(params)
                .query(ContactQueries::view).list();
        return new ContactPage(rows, total, filter.page(), filter.pageSize());
    }

    List<ContactView> everyone() {
        return jdbc.sql(VIEW + ORDER).query(ContactQueries::view).list();
    }

    List<ContactView> ofOrganisation(long organisationId) {
        return jdbc.sql(VIEW + " where c.organisation = :organisation" + ORDER)
                .param("organisation", organisationId).query(ContactQueries::view).list();
    }

    List<InteractionView> interactions(long contactId) {
        return jdbc.sql("""
                select id, contact as contact_id, kind, occurred_on, notes, recorded_by, recorded_at
                  from registry.contact_interaction where contact = :contact order by occurred_on desc, id desc
                """).param("contact", contactId).query(InteractionView.class).list();
    }

    Optional<InteractionView> interaction(long id) {
        return jdbc.sql("""
                select id, contact as contact_id, kind, occurred_on, notes, recorded_by, recorded_at
                  from registry.contact_interaction where id = :id
                """).param("id", id).query(InteractionView.class).optional();
    }

    List<OrganisationChoice> organisations() {
        return jdbc.sql("""
                select id, coalesce(name_vi, name_en, name_original) as name from registry.organisation
                 order by coalesce(name_vi, name_en, name_original) collate "vi-x-icu", id
                """).query(OrganisationChoice.class).list();
    }

    List<OrganisationChoice> organisationsWithContacts() {
        return jdbc.sql("""
                select o.id, coalesce(o.name_vi, o.name_en, o.name_original) as name from registry.organisation o
                 where exists (select 1 from registry.contact c where c.organisation = o.id)
                 order by coalesce(o.name_vi, o.name_en, o.name_original) collate "vi-x-icu", o.id
                """).query(OrganisationChoice.class).list();
    }

    boolean organisationExists(long id) {
        return jdbc.sql("select exists(select 1 from registry.organisation where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    List<String> languagesInUse() {
        return jdbc.sql("select distinct unnest(languages) as code from registry.contact order by 1")
                .query(String.class).list();
    }

    /** The typed text as a LIKE literal: a typed % or _ matches itself, not "anything". */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ContactView view(ResultSet rs, int row) throws SQLException {
        long organisation = rs.getLong("organisation");
        Long organisationId = rs.wasNull() ? null : organisation;
        Date last = rs.getDate("last_contact_on");
        return new ContactView(rs.getLong("id"), rs.getLong("version"), ContactKind.valueOf(rs.getString("kind")),
                rs.getString("full_name"), rs.getString("title"), organisationId, rs.getString("organisation_name"),
                rs.getString("organisation_name_en"), rs.getString("email"), rs.getString("phone"),
                strings(rs.getArray("languages")), rs.getString("interests"), rs.getString("country_code"),
                last == null ? null : last.toLocalDate(), rs.getString("notes"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
