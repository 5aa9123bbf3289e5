package vn.vientro.mobilisation.catalogue;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the catalogue's periods and versions, and of what an approved version froze. */
@Component
@Transactional(readOnly = true)
public class CatalogueQueries {

    private static final String VERSION_ROWS = """
            select v.id, v.revision, v.status, v.decision_number, v.decision_date,
                   count(e.need) filter (where e.standing = 'LISTED') as listed,
                   coalesce(sum(e.cost_amount) filter (where e.standing = 'LISTED'), 0) as total_cost
              from mobilisation.catalogue_version v
              left join mobilisation.catalogue_entry e on e.catalogue_version = v.id
            """;

    private final JdbcClient jdbc;

    CatalogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the version is approved, for the permission rules; empty when there is no such version. */
    public Optional<Boolean> approved(long versionId) {
        return jdbc.sql("select status = 'APPROVED' from mobilisation.catalogue_version where id = :id")
                .param("id", versionId).query(Boolean.class).optional();
    }

    /** The periods, latest first, each with its latest approved version. */
    List<PeriodRow> periods() {
        return jdbc.sql(periodSql("") + " order by p.first_year desc, p.id desc").query(CatalogueQueries::period)
                .list();
    }

    Optional<PeriodRow> period(long periodId) {
        return jdbc.sql(periodSql(" where p.id = :id")).param("id", periodId).query(CatalogueQueries::period)
                .optional();
    }

    /** The period's versions, newest first; drafts only for those who read them. */
    List<VersionRow> versions(long periodId, boolean withDrafts) {
        return jdbc.sql(VERSION_ROWS + " where v.period = :period"
                        + (withDrafts ? "" : " and v.status = 'APPROVED'")
                        + " group by v.id order by v.revision desc").param("period", periodId)
                .query((rs, n) -> new VersionRow(rs.getLong("id"), rs.getInt("revision"),
                        CatalogueVersionStatus.valueOf(rs.getString("status")), rs.getString("decision_number"),
                        date(rs.getDate("decision_date")), rs.getLong("listed"), rs.getBigDecimal("total_cost")))
                .list();
    }

    Optional<VersionHeader> header(long versionId) {
        return jdbc.sql("""
                select v.*, p.first_year, p.last_year from mobilisation.catalogue_version v
                  join mobilisation.catalogue_period p on p.id = v.period where v.id = :id
                """).param("id", versionId).query((rs, n) -> new VersionHeader(rs.getLong("id"),
                rs.getLong("version"), rs.getLong("period"), rs.getInt("first_year"), rs.getInt("last_year"),
                rs.getInt("revision"), CatalogueVersionStatus.valueOf(rs.getString("status")),
                rs.getString("decision_number"), date(rs.getDate("decision_date")), nullableLong(rs, "decision_file"),
                rs.getString("compiled_by"), rs.getString("approved_by"))).optional();
    }

    /** What an approved version froze, in its order: by priority field, then title. */
    List<CatalogueEntry> entries(long versionId) {
        return jdbc.sql("select * from mobilisation.catalogue_entry where catalogue_version = :version"
                + " order by position").param("version", versionId).query(CatalogueQueries::entry).list();
    }

    /** The latest approved version of the period before this revision. */
    Optional<Long> previousApproved(long periodId, int revision) {
        return jdbc.sql("""
                select id from mobilisation.catalogue_version
                 where period = :period and status = 'APPROVED' and revision < :revision
                 order by revision desc limit 1
                """).param("period", periodId).param("revision", revision).query(Long.class).optional();
    }

    boolean hasDraft(long periodId) {
        return jdbc.sql("select exists (select 1 from mobilisation.catalogue_version where period = :period"
                + " and status = 'DRAFT')").param("period", periodId).query(Boolean.class).single();
    }

    int nextRevision(long periodId) {
        return jdbc.sql("select coalesce(max(revision), 0) + 1 from mobilisation.catalogue_version"
                + " where period = :period").param("period", periodId).query(Integer.class).single();
    }

    /** Accepted needs no draft version holds yet, newest first. */
    List<Candidate> candidates() {
        return jdbc.sql("""
                select n.id, n.title_vi, n.title_en, n.agency_id from mobilisation.need n
                 where n.status = 'ACCEPTED'
                   and not exists (select 1 from mobilisation.catalogue_inclusion i
                                     join mobilisation.catalogue_version v on v.id = i.catalogue_version
                                    where i.need = n.id and v.status = 'DRAFT')
                 order by n.id desc
                """).query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("title_vi"),
                rs.getString("title_en"), rs.getLong("agency_id"))).list();
    }

    /** The stored files attached to each need, in the order they were attached. */
    java.util.Map<Long, List<Long>> attachedFiles(List<Long> needIds) {
        java.util.Map<Long, List<Long>> files = new java.util.LinkedHashMap<>();
        if (needIds.isEmpty()) {
            return files;
        }
        jdbc.sql("select need, stored_file from mobilisation.need_attachment where need in (:needs) order by id")
                .param("needs", needIds).query((rs, n) -> files.computeIfAbsent(rs.getLong("need"),
                        need -> new java.util.ArrayList<>()).add(rs.getLong("stored_file"))).list();
        return files;
    }

    private static String periodSql(String where) {
        return """
                select p.id, p.first_year, p.last_year, a.revision, a.decision_date,
                       (select count(*) from mobilisation.catalogue_entry e
                         where e.catalogue_version = a.id and e.standing = 'LISTED') as listed
                  from mobilisation.catalogue_period p
                  left join lateral (select v.id, v.revision, v.decision_date from mobilisation.catalogue_version v
                                      where v.period = p.id and v.status = 'APPROVED'
                                      order by v.revision desc limit 1) a on true
                """ + where;
    }

    private static PeriodRow period(ResultSet rs, int n) throws SQLException {
        int revision = rs.getInt("revision");
        return new PeriodRow(rs.getLong("id"), rs.getInt("first_year"), rs.getInt("last_year"),
                rs.wasNull() ? null : revision, date(rs.getDate("decision_date")), rs.getLong("listed"));
    }

    private static CatalogueEntry entry(ResultSet rs, int n) throws SQLException {
        int people = rs.getInt("beneficiaries_total");
        Integer beneficiaries = rs.wasNull() ? null : people;
        String currency = rs.getString("foreign_currency");
        return new CatalogueEntry(rs.getLong("need"), EntryStanding.valueOf(rs.getString("standing")),
                rs.getLong("agency_id"), rs.getString("title_vi"), rs.getString("title_en"),
                rs.getString("summary_vi"), rs.getString("summary_en"), rs.getString("objectives_vi"),
                rs.getString("objectives_en"), rs.getString("priority_field"), strings(rs.getArray("sectors")),
                strings(rs.getArray("communes")), beneficiaries, rs.getBigDecimal("cost_amount"),
                rs.getBigDecimal("foreign_amount"), currency == null ? null : currency.strip(),
                amount(rs.getBigDecimal("counterpart_amount")), rs.getInt("duration_months"),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"));
    }

    private static BigDecimal amount(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
