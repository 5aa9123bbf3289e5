package vn.vientro.mobilisation.need;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.PublishedNeed;
import vn.vientro.mobilisation.PublishedNeedFilter;
import vn.vientro.mobilisation.PublishedPeriod;

/**
 * Read models of the public catalogue: the needs the province published, each listed by an approved version of the
 * catalogue (the latest that lists it gives its period). Selects only the columns the brochure prints, so nothing
 * internal can reach a public page by a later change of a template.
 */
@Component
@Transactional(readOnly = true)
public class PublishedNeedQueries {

    private static final String PUBLISHED = """
            with listed as (
                select distinct on (e.need) e.need, p.id as period_id, p.first_year, p.last_year
                  from mobilisation.catalogue_entry e
                  join mobilisation.catalogue_version v on v.id = e.catalogue_version and v.status = 'APPROVED'
                  join mobilisation.catalogue_period p on p.id = v.period
                 where e.standing = 'LISTED'
                 order by e.need, v.approved_at desc, v.id desc)
            select n.id, n.title_vi, n.title_en, n.summary_vi, n.summary_en, n.objectives_vi, n.objectives_en,
                   n.priority_field, n.sectors, n.communes, n.beneficiaries_total, n.poor_households, n.children,
                   n.people_with_disabilities, n.ethnic_minorities, n.women, n.estimated_cost_amount,
                   n.foreign_amount, n.foreign_currency, n.counterpart_amount, n.duration_months, n.contact_name,
                   n.contact_phone, n.contact_email, l.period_id, l.first_year, l.last_year
              from mobilisation.need n join listed l on l.need = n.id
             where n.status = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;

    PublishedNeedQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published need without its photos (the caller picks them from {@link #attachments}); empty otherwise. */
    public Optional<PublishedNeed> find(long needId) {
        return jdbc.sql(PUBLISHED + " and n.id = :id").param("id", needId).query(PublishedNeedQueries::need)
                .optional();
    }

    /** The filtered page, newest first, and how many the filter found in all. */
    public Found list(PublishedNeedFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        add(where, params, "n.priority_field = :field", "field", filter.priorityField());
        add(where, params, ":sector = any(n.sectors)", "sector", filter.sector());
        add(where, params, ":commune = any(n.communes)", "commune", filter.commune());
        add(where, params, "n.estimated_cost_amount >= :min", "min", filter.minCost());
        add(where, params, "n.estimated_cost_amount <= :max", "max", filter.maxCost());
        add(where, params, "l.period_id = :period", "period", filter.period());
        String condition = where.isEmpty() ? "" : " and " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from (" + PUBLISHED + condition + ") found").params(params)
                .query(Long.class).single();
        params.put("limit", filter.pageSize());
        params.put("offset", (long) filter.page() * filter.pageSize());
        List<PublishedNeed> needs = jdbc.sql(PUBLISHED + condition + " order by n.id desc limit :limit offset :offset")
                .params(params).query(PublishedNeedQueries::need).list();
        return new Found(needs, total);
    }

    /** Every published need, for the site map. */
    public List<PublishedNeed> all() {
        return jdbc.sql(PUBLISHED + " order by n.id").query(PublishedNeedQueries::need).list();
    }

    /** The agency that proposed a published need, to whom the public's feedback on it goes; empty otherwise. */
    public Optional<Long> proposingAgency(long needId) {
        return jdbc.sql("select n.agency_id from (" + PUBLISHED + " and n.id = :id) found join mobilisation.need n"
                + " on n.id = found.id").param("id", needId).query(Long.class).optional();
    }

    /** The periods with a published need, latest first. */
    public List<PublishedPeriod> periods() {
        return jdbc.sql("select distinct period_id, first_year, last_year from (" + PUBLISHED
                        + ") found order by first_year desc, last_year desc")
                .query((rs, n) -> new PublishedPeriod(rs.getLong("period_id"), rs.getInt("first_year"),
                        rs.getInt("last_year"))).list();
    }

    /** The kept files of the needs' attachments, by need, in the order they were attached. */
    public Map<Long, List<Attachment>> attachments(List<Long> needIds) {
        Map<Long, List<Attachment>> found = new LinkedHashMap<>();
        if (needIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, need, stored_file from mobilisation.need_attachment where need in (:needs) order by id")
                .param("needs", needIds).query((rs, n) -> found.computeIfAbsent(rs.getLong("need"),
                        need -> new ArrayList<>()).add(new Attachment(rs.getLong("id"), rs.getLong("stored_file"))))
                .list();
        return found;
    }

    private static void add(List<String> where, Map<String, Object> params, String fragment, String name,
                            @Nullable Object value) {
        if (value != null) {
            where.add(fragment);
            params.put(name, value);
        }
    }

    private static PublishedNeed need(ResultSet rs, int n) throws SQLException {
        return new PublishedNeed(rs.getLong("id"), rs.getString("title_vi"), rs.getString("title_en"),
                rs.getString("summary_vi"), rs.getString("summary_en"), rs.getString("objectives_vi"),
                rs.getString("objectives_en"), rs.getString("priority_field"), strings(rs.getArray("sectors")),
                strings(rs.getArray("communes")), new PublishedNeed.Reach(integer(rs, "beneficiaries_total"),
                integer(rs, "poor_households"), integer(rs, "children"), integer(rs, "people_with_disabilities"),
                integer(rs, "ethnic_minorities"), integer(rs, "women")), rs.getBigDecimal("estimated_cost_amount"),
                rs.getBigDecimal("foreign_amount"), trimmed(rs.getString("foreign_currency")),
                rs.getBigDecimal("counterpart_amount"), rs.getInt("duration_months"), rs.getString("contact_name"),
                rs.getString("contact_phone"), rs.getString("contact_email"),
                new PublishedPeriod(rs.getLong("period_id"), rs.getInt("first_year"), rs.getInt("last_year")),
                List.of());
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** A page of published needs and the count of all the filter found. */
    public record Found(List<PublishedNeed> needs, long total) {
    }

    /** An attachment and the file the aid module keeps for it. */
    public record Attachment(long id, long storedFileId) {
    }
}
