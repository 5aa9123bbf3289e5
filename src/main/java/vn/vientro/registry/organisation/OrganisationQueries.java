package vn.vientro.registry.organisation;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.OrganisationChoice;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;

/** Read models of organisations: list with filters, one organisation, duplicate candidates. */
@Component
@Transactional(readOnly = true)
public class OrganisationQueries {

    static final String VIEW = """
            select o.*, p.valid_until as valid_permit_until,
                   (o.kind = 'FOREIGN_NGO' and p.valid_until is null) as without_valid_permit
              from registry.organisation o
              left join lateral (select max(valid_until) as valid_until from registry.permit
                                  where organisation = o.id and status = 'VALID'
                                    and valid_from <= :today and valid_until >= :today) p on true
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<OrganisationView> find(long id) {
        return jdbc.sql(VIEW + " where o.id = :id").param("today", today()).param("id", id)
                .query(OrganisationQueries::view).optional();
    }

    public List<OrganisationView> allInNameOrder() {
        return jdbc.sql(VIEW + " order by coalesce(o.name_vi, o.name_en, o.name_original) collate \"vi-x-icu\", o.id")
                .param("today", today()).query(OrganisationQueries::view).list();
    }

    /** Every organisation's id, kind, name (Vietnamese first) and country, by id: the light read of choice lists. */
    public List<OrganisationChoice> choiceNames() {
        return jdbc.sql("""
                select o.id, o.kind, coalesce(o.name_vi, o.name_en, o.name_original) as name, o.country_code
                  from registry.organisation o order by o.id
                """).query((rs, n) -> new OrganisationChoice(rs.getLong("id"), rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country_code"))).list();
    }

    public List<Long> idsInCountry(String countryCode) {
        return jdbc.sql("select o.id from registry.organisation o where upper(o.country_code) = upper(:country)")
                .param("country", countryCode).query(Long.class).list();
    }

    /** Every organisation's country code (as recorded), by id; organisations without one are absent. */
    public Map<Long, String> countryCodes() {
        Map<Long, String> codes = new HashMap<>();
        jdbc.sql("select o.id, o.country_code from registry.organisation o where o.country_code is not null")
                .query(rs -> {
                    codes.put(rs.getLong(1), rs.getString(2));
                });
        return codes;
    }

    public List<OrganisationView> findAll(java.util.Collection<Long> ids) {
        return jdbc.sql(VIEW + " where o.id in (:ids)").param("today", today()).param("ids", ids)
                .query(OrganisationQueries::view).list();
    }

    /** One page of organisations matching the filter, in Vietnamese name order, and the total count. */
    public OrganisationPage list(OrganisationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today());
        List<String> where = new ArrayList<>();
        if (filter.kind() != null) {
            where.add("o.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.add("o.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.countryCode() != null) {
            where.add("o.country_code = :country");
            params.put("country", filter.countryCode());
        }
        if (filter.sectorCode() != null) {
            where.add("(:sector = any(o.sector_codes) or left(:sector, 3) = any(o.sector_codes) "
                    + "or exists (select 1 from unnest(o.sector_codes) c where left(c, 3) = :sector))");
            params.put("sector", filter.sectorCode());
        }
        if (filter.expiringWithinDays() != null) {
            where.add("exists (select 1 from registry.permit e where e.organisation = o.id and e.status = 'VALID' "
                    + "and e.valid_until between :today and :until)");
            params.put("until", today().plusDays(filter.expiringWithinDays()));
        }
        if (filter.withoutValidPermit()) {
            where.add("o.kind = 'FOREIGN_NGO' and p.valid_until is null");
        }
        if (filter.text() != null) {
            where.add("o.normalized_name like '%' || :text || '%'");
            params.put("text", OrganisationNames.reduce(filter.text()));
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from (" + VIEW + condition + ") counted").params(params)
                .query(Long.class).single();
        params.put("limit", filter.pageSize());
        params.put("offset", (long) filter.page() * filter.pageSize());
        List<OrganisationView> rows = jdbc.sql(VIEW + condition
                        + " order by coalesce(o.name_vi, o.name_en, o.name_original) collate \"vi-x-icu\", o.id"
                        + " limit :limit offset :offset")
                .params(params).query(OrganisationQueries::view).list();
        return new OrganisationPage(rows, total, filter.page(), filter.pageSize());
    }

    /** Organisations whose reduced name is close to, or whose IATI identifier equals, the given ones. */
    public List<OrganisationView> similar(String normalizedName, @Nullable String iatiIdentifier, @Nullable Long except) {
        return jdbc.sql(VIEW + """
                         where o.id is distinct from cast(:except as bigint)
                           and (similarity(o.normalized_name, :name) >= 0.45 or o.normalized_name like '%' || :name || '%'
                                or (cast(:iati as text) is not null and upper(o.iati_identifier) = upper(:iati)))
                         order by similarity(o.normalized_name, :name) desc limit 5
                        """)
                .param("today", today()).param("except", except).param("name", normalizedName)
                .param("iati", iatiIdentifier).query(OrganisationQueries::view).list();
    }

    public boolean iatiIdentifierTaken(String identifier, @Nullable Long except) {
        return jdbc.sql("select exists(select 1 from registry.organisation where upper(iati_identifier) = upper(:iati) "
                        + "and id is distinct from cast(:except as bigint))")
                .param("iati", identifier).param("except", except).query(Boolean.class).single();
    }

    /** The annual reports received, latest year first. */
    public List<AnnualReportRow> annualReports(long organisationId) {
        return jdbc.sql("select report_year, received_on from registry.annual_report where organisation = :id "
                + "order by report_year desc").param("id", organisationId).query(AnnualReportRow.class).list();
    }

    /** The changes of status, latest first. */
    public List<StatusChangeRow> statusHistory(long organisationId) {
        return jdbc.sql("""
                select from_status, to_status, reason, decision_number, decision_date, changed_by, changed_at
                  from registry.organisation_status_change where organisation = :id order by id desc
                """).param("id", organisationId).query(StatusChangeRow.class).list();
    }

    /** Every organisation's id, original name and IATI identifier: what an import matches rows on. */
    public List<MatchKey> matchKeys() {
        return jdbc.sql("select id, name_original, iati_identifier from registry.organisation order by id")
                .query(MatchKey.class).list();
    }

    public List<Long> allIds() {
        return jdbc.sql("select id from registry.organisation order by id").query(Long.class).list();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static OrganisationView view(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("valid_permit_until");
        return new OrganisationView(rs.getLong("id"), rs.getLong("version"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name_original"), rs.getString("name_en"),
                rs.getString("name_vi"), rs.getString("abbreviation"), rs.getString("country_code"),
                rs.getString("iati_identifier"), rs.getString("iati_org_type"), rs.getString("website"),
                rs.getString("address_abroad"), rs.getString("address_vn"), rs.getString("phone"),
                rs.getString("email"), rs.getString("head_of_office"), strings(rs.getArray("sector_codes")),
                strings(rs.getArray("priority_fields")), strings(rs.getArray("commune_codes")), rs.getString("notes"),
                OrganisationStatus.valueOf(rs.getString("status")), until == null ? null : until.toLocalDate(),
                rs.getBoolean("without_valid_permit"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** An annual report received. */
    public record AnnualReportRow(int reportYear, LocalDate receivedOn) {
    }

    /** One recorded change of status. */
    public record StatusChangeRow(OrganisationStatus fromStatus, OrganisationStatus toStatus, String reason,
                                  @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
                                  String changedBy, Instant changedAt) {
    }

    /** What an imported row is matched on. */
    public record MatchKey(long id, String nameOriginal, @Nullable String iatiIdentifier) {
    }
}
