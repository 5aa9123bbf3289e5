package vn.vientro.monitoring.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.ReportAction;

/** Reads the reports for the list, a report's steps, and the signed file of a version. */
@Component
@Transactional(readOnly = true)
class ReportQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A signed file kept with a report or one of its versions, and the name it was uploaded under. */
    record SignedFile(long fileId, String name) {
    }

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportStepView> steps(long dutyId) {
        return jdbc.sql("""
                select s.* from monitoring.report_step s join monitoring.report r on r.id = s.report_id
                 where r.duty_id = :duty order by s.id
                """).param("duty", dutyId).query(ReportQueries::step).list();
    }

    /** The signed file of the report as last written (step empty) or of one submitted version. */
    Optional<SignedFile> signedFile(long dutyId, @Nullable Long stepId) {
        String sql = stepId == null
                ? """
                  select signed_file_id, signed_file_name from monitoring.report
                   where duty_id = :duty and signed_file_id is not null
                  """
                : """
                  select s.signed_file_id, s.signed_file_name from monitoring.report_step s
                    join monitoring.report r on r.id = s.report_id
                   where r.duty_id = :duty and s.id = :step and s.signed_file_id is not null
                  """;
        return jdbc.sql(sql).param("duty", dutyId).param("step", stepId)
                .query((rs, row) -> new SignedFile(rs.getLong("signed_file_id"), rs.getString("signed_file_name")))
                .optional();
    }

    /** The reports of the status (any if empty), within the agency's items if a scope is given, newest first. */
    List<ReportRow> list(@Nullable ReportStatus status, OptionalLong scope, int limit) {
        return jdbc.sql("""
                select r.duty_id, r.status, r.submissions, r.updated_at, d.aid_item_id, d.item_code, d.kind,
                       d.period_start, d.period_end, d.due_on, d.owner_agency_id, d.managing_agency_id,
                       (select s.days_late from monitoring.report_step s
                         where s.report_id = r.id and s.action = 'SUBMIT' order by s.id desc limit 1) as days_late
                  from monitoring.report r join monitoring.report_duty d on d.id = r.duty_id
                 where (cast(:status as text) is null or r.status = :status)
                   and (cast(:scope as bigint) is null or :scope in (d.owner_agency_id, d.managing_agency_id))
                 order by r.updated_at desc, r.id desc limit :limit
                """).param("status", status == null ? null : status.name())
                .param("scope", scope.isPresent() ? scope.getAsLong() : null).param("limit", limit)
                .query((rs, row) -> new ReportRow(rs.getLong("duty_id"), rs.getLong("aid_item_id"),
                        rs.getString("item_code"), DutyKind.valueOf(rs.getString("kind")),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
                        rs.getInt("submissions"), (Integer) rs.getObject("days_late"),
                        rs.getLong("owner_agency_id"), rs.getLong("managing_agency_id"),
                        rs.getTimestamp("updated_at").toInstant())).list();
    }

    private static ReportStepView step(ResultSet rs, int row) throws SQLException {
        String content = rs.getString("content");
        return new ReportStepView(rs.getLong("id"), rs.getInt("number"), ReportAction.valueOf(rs.getString("action")),
                content == null ? null : JSON.readValue(content, ReportContent.class),
                rs.getString("signed_file_name"), (Integer) rs.getObject("days_late"), rs.getString("comments"),
                rs.getString("actor"), rs.getObject("taken_on", LocalDate.class),
                rs.getTimestamp("taken_at").toInstant());
    }
}
