package vn.vientro.mobilisation.plan;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of yearly plans: the list, one plan, its activities as a person may see them, their attachments. */
@Component
@Transactional(readOnly = true)
public class PlanQueries {

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean planExists(long planId) {
        return jdbc.sql("select count(*) from mobilisation.plan where id = :id").param("id", planId)
                .query(Long.class).single() > 0;
    }

    /** Whether the agency leads or takes part in an activity of the plan. */
    public boolean planInvolves(long planId, long agencyId) {
        return jdbc.sql("select count(*) from mobilisation.plan_activity a where a.plan = :plan and "
                        + involving()).param("plan", planId).param("agency", agencyId)
                .query(Long.class).single() > 0;
    }

    /** Whether the agency leads or takes part in the activity; empty when there is no such activity. */
    public Optional<Boolean> activityInvolves(long activityId, long agencyId) {
        return jdbc.sql("select " + involving() + " from mobilisation.plan_activity a where a.id = :id")
                .param("id", activityId).param("agency", agencyId).query(Boolean.class).optional();
    }

    List<PlanRow> list(PlanVisibility visibility) {
        Map<String, Object> params = new HashMap<>();
        String seen = seen(visibility, params);
        return jdbc.sql("""
                select p.id, p.year, p.title, p.programme_title, p.programme_start_year, p.programme_end_year,
                       count(a.id) as activities, count(a.id) filter (where a.status = 'DONE') as done
                  from mobilisation.plan p
                  left join mobilisation.plan_activity a on a.plan = p.id and %s
                 group by p.id
                having %s
                 order by p.year desc, p.id desc
                """.formatted(seen, visibility.all() ? "true" : "count(a.id) > 0")).params(params)
                .query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getInt("year"), rs.getString("title"),
                        rs.getString("programme_title"), rs.getInt("programme_start_year"),
                        rs.getInt("programme_end_year"), rs.getLong("activities"), rs.getLong("done"))).list();
    }

    Optional<PlanView> find(long planId) {
        return jdbc.sql("select * from mobilisation.plan where id = :id").param("id", planId)
                .query((rs, n) -> new PlanView(rs.getLong("id"), rs.getLong("version"), rs.getInt("year"),
                        rs.getString("title"), rs.getString("objectives"), rs.getString("programme_title"),
                        rs.getInt("programme_start_year"), rs.getInt("programme_end_year"),
                        rs.getString("programme_decision_number"), date(rs.getDate("programme_decision_date")),
                        rs.getString("created_by"))).optional();
    }

    /** The plan's activities the person sees, in the order of their first month, then as recorded. */
    List<ActivityView> activities(long planId, PlanVisibility visibility) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", planId);
        return jdbc.sql("select a.* from mobilisation.plan_activity a where a.plan = :plan and "
                        + seen(visibility, params) + " order by a.months[1], a.id").params(params)
                .query(PlanQueries::activity).list();
    }

    Optional<ActivityView> activity(long planId, long activityId) {
        return jdbc.sql("select a.* from mobilisation.plan_activity a where a.id = :id and a.plan = :plan")
                .param("id", activityId).param("plan", planId).query(PlanQueries::activity).optional();
    }

    /** Titles of needs of the catalogue by id, for choice lists and an activity's targets. */
    Map<Long, String> needTitles(@Nullable List<Long> ids) {
        // with no ids asked: the needs an activity may aim at, those the province accepted into its catalogue
        String which = ids == null ? "status in ('ACCEPTED', 'APPROVED', 'PUBLISHED', 'FUNDED')"
                : "id = any(string_to_array(:ids, ',')::bigint[])";
        Map<Long, String> titles = new LinkedHashMap<>();
        jdbc.sql("select id, title_vi from mobilisation.need where " + which + " order by id")
                .params(ids == null ? Map.of() : Map.of("ids", String.join(",", ids.stream().map(String::valueOf)
                        .toList())))
                .query((ResultSet rs) -> {
                    titles.put(rs.getLong("id"), rs.getString("title_vi"));
                });
        return titles;
    }

    List<AttachmentRecord> attachments(long activityId) {
        return jdbc.sql("""
                select id, stored_file, file_name, uploaded_by, uploaded_at
                  from mobilisation.plan_activity_attachment where activity = :activity order by id
                """).param("activity", activityId).query((rs, n) -> new AttachmentRecord(rs.getLong("id"),
                rs.getLong("stored_file"), rs.getString("file_name"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant())).list();
    }

    private static String involving() {
        return "(a.lead_agency_id = :agency or :agency = any(a.participating_agencies))";
    }

    private static String seen(PlanVisibility visibility, Map<String, Object> params) {
        if (visibility.all()) {
            return "true";
        }
        if (visibility.agencyId() == null) {
            return "false";
        }
        params.put("agency", visibility.agencyId());
        return involving();
    }

    private static ActivityView activity(ResultSet rs, int n) throws SQLException {
        return new ActivityView(rs.getLong("id"), rs.getLong("version"), rs.getLong("plan"),
                ActivityType.valueOf(rs.getString("type")), rs.getString("title"), rs.getString("description"),
                Arrays.stream((Integer[]) rs.getArray("months").getArray()).toList(), rs.getLong("lead_agency_id"),
                longs(rs.getArray("participating_agencies")), rs.getString("unit_detail"),
                longs(rs.getArray("target_organisations")), longs(rs.getArray("target_needs")),
                rs.getBigDecimal("budget_planned_amount"), rs.getBigDecimal("budget_spent_amount"),
                rs.getString("funding_source"), ActivityStatus.valueOf(rs.getString("status")),
                date(rs.getDate("done_on")), rs.getString("outcome"));
    }

    private static List<Long> longs(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** An attachment's row. */
    record AttachmentRecord(long id, long storedFileId, String fileName, String uploadedBy, Instant uploadedAt) {
    }
}
