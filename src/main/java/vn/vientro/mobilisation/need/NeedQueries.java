package vn.vientro.mobilisation.need;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;

/** Read models of the catalogue of needs: one need, the filtered list, a need's timeline and attachments. */
@Component
@Transactional(readOnly = true)
public class NeedQueries {

    // newest first: the proposer works on what they just wrote, the appraisal lead on what just came in
    private static final String ORDER = " order by n.id desc";

    private final JdbcClient jdbc;

    NeedQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whose the need is and where it stands, for the permission rules; empty when there is no such need. */
    public Optional<NeedFacts> facts(long id) {
        return jdbc.sql("select id, version, agency_id, status from mobilisation.need where id = :id")
                .param("id", id).query((rs, n) -> new NeedFacts(rs.getLong("id"), rs.getLong("version"),
                        rs.getLong("agency_id"), NeedStatus.valueOf(rs.getString("status")))).optional();
    }

    /** Every need's id, for indexing them all again. */
    List<Long> ids() {
        return jdbc.sql("select id from mobilisation.need order by id").query(Long.class).list();
    }

    Optional<NeedView> find(long id) {
        return jdbc.sql("select n.* from mobilisation.need n where n.id = :id").param("id", id)
                .query(NeedQueries::view).optional();
    }

    NeedPage list(NeedFilter filter, NeedVisibility visibility) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add(visible(visibility, params));
        if (filter.status() != null) {
            where.add("n.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.agency() != null) {
            where.add("n.agency_id = :agency");
            params.put("agency", filter.agency());
        }
        if (filter.priorityField() != null) {
            where.add("n.priority_field = :field");
            params.put("field", filter.priorityField());
        }
        if (filter.text() != null) {
            where.add("""
                    (lower(f_unaccent(n.title_vi || ' ' || coalesce(n.title_en, '') || ' ' || n.summary_vi))
                     like lower(f_unaccent(:pattern)))""");
            params.put("pattern", "%" + likeLiteral(filter.text()) + "%");
        }
        String condition = " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from mobilisation.need n" + condition).params(params)
                .query(Long.class).single();
        params.put("limit", filter.pageSize());
        params.put("offset", (long) filter.page() * filter.pageSize());
        List<NeedRow> rows = jdbc.sql("select n.* from mobilisation.need n" + condition + ORDER
                + " limit :limit offset :offset").params(params).query(NeedQueries::row).list();
        return new NeedPage(rows, total, filter.page(), filter.pageSize());
    }

    /** The agencies with needs the person may see, for the list's filter. */
    List<Long> agenciesWithNeeds(NeedVisibility visibility) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select distinct n.agency_id from mobilisation.need n where " + visible(visibility, params)
                + " order by 1").params(params).query(Long.class).list();
    }

    List<NeedTimelineEntry> timeline(long needId) {
        return jdbc.sql("""
                select id, action, from_status, to_status, reason, reference_number, reference_date, aid_item_id,
                       actor, occurred_at
                  from mobilisation.need_transition where need = :need order by id
                """).param("need", needId).query((rs, n) -> new NeedTimelineEntry(rs.getLong("id"),
                NeedAction.valueOf(rs.getString("action")), NeedStatus.valueOf(rs.getString("from_status")),
                NeedStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
                rs.getString("reference_number"), date(rs.getDate("reference_date")),
                nullableLong(rs, "aid_item_id"), rs.getString("actor"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant())).list();
    }

    /** The need's attachments as rows: id, kept file, name, who and when. */
    List<AttachmentRecord> attachments(long needId) {
        return jdbc.sql("""
                select id, stored_file, file_name, uploaded_by, uploaded_at
                  from mobilisation.need_attachment where need = :need order by id
                """).param("need", needId).query((rs, n) -> new AttachmentRecord(rs.getLong("id"),
                rs.getLong("stored_file"), rs.getString("file_name"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant())).list();
    }

    Optional<AttachmentRecord> attachment(long needId, long attachmentId) {
        return attachments(needId).stream().filter(attachment -> attachment.id() == attachmentId).findFirst();
    }

    /** A filter fragment: a draft is seen by its own agency only, a submitted need also by the provincial roles. */
    private static String visible(NeedVisibility visibility, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        if (visibility.allSubmitted()) {
            any.add("n.status <> 'DRAFT'");
        }
        if (visibility.agencyId() != null) {
            any.add("n.agency_id = :mine");
            params.put("mine", visibility.agencyId());
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    /** The typed text as a LIKE literal: a typed % or _ matches itself, not "anything". */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static NeedRow row(ResultSet rs, int n) throws SQLException {
        return new NeedRow(rs.getLong("id"), rs.getString("title_vi"), rs.getString("title_en"),
                NeedStatus.valueOf(rs.getString("status")), rs.getLong("agency_id"), rs.getString("priority_field"),
                rs.getBigDecimal("estimated_cost_amount"), translations(rs).percent());
    }

    private static NeedView view(ResultSet rs, int n) throws SQLException {
        return new NeedView(rs.getLong("id"), rs.getLong("version"), rs.getLong("agency_id"),
                NeedStatus.valueOf(rs.getString("status")), rs.getString("title_vi"), rs.getString("title_en"),
                rs.getString("summary_vi"), rs.getString("summary_en"), rs.getString("objectives_vi"),
                rs.getString("objectives_en"), rs.getString("priority_field"), strings(rs.getArray("sectors")),
                strings(rs.getArray("communes")), beneficiaries(rs), rs.getBigDecimal("estimated_cost_amount"),
                rs.getBigDecimal("foreign_amount"), trimmed(rs.getString("foreign_currency")),
                rs.getBigDecimal("counterpart_amount"), rs.getInt("duration_months"), rs.getString("contact_name"),
                rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("decision_number"),
                date(rs.getDate("decision_date")), nullableLong(rs, "decision_file"),
                nullableLong(rs, "aid_item_id"), rs.getString("proposed_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), translations(rs));
    }

    private static Beneficiaries beneficiaries(ResultSet rs) throws SQLException {
        return new Beneficiaries(nullableInt(rs, "beneficiaries_total"), nullableInt(rs, "poor_households"),
                nullableInt(rs, "children"), nullableInt(rs, "people_with_disabilities"),
                nullableInt(rs, "ethnic_minorities"), nullableInt(rs, "women"));
    }

    private static Translations translations(ResultSet rs) throws SQLException {
        return Translations.of(rs.getString("title_en"), rs.getString("summary_en"), rs.getString("objectives_en"));
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static java.time.@Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** An attachment's row. */
    record AttachmentRecord(long id, long storedFileId, String fileName, String uploadedBy,
                            java.time.Instant uploadedAt) {
    }
}
