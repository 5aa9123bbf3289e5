package vn.vientro.reporting.official;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.platform.JobStatus;

/** Reads the report files written in the background: one job, its owner (for the policy), a user's recent ones. */
@Component
public class ReportFileQueries {

    /** A running job that stopped reporting lost its node. */
    private static final String COLUMNS = """
            select id, report, period_code, issued_report, format, """
            + JobStatus.column(ReportFileJob.QUEUED, ReportFileJob.RUNNING) + """
             as status, phase, percent, failure_key, file_name, size_bytes, created_by, created_at, finished_at
              from reporting.report_file_job
            """;

    private final JdbcClient jdbc;

    ReportFileQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who asked for the job's file, or empty when there is no such job. */
    public Optional<String> owner(long id) {
        return jdbc.sql("select created_by from reporting.report_file_job where id = :id").param("id", id)
                .query(String.class).optional();
    }

    Optional<ReportFileJob> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id)
                .query(ReportFileQueries::job).optional();
    }

    /** The user's most recent jobs, newest first. */
    List<ReportFileJob> recent(String username, int limit) {
        return jdbc.sql(COLUMNS + " where created_by = :by order by id desc limit :limit").param("by", username)
                .param("limit", limit).query(ReportFileQueries::job).list();
    }

    /** Where the job's file was written, relative to the files folder, once it is done. */
    Optional<String> storedAs(long id) {
        return jdbc.sql("select stored_as from reporting.report_file_job where id = :id and status = 'DONE' "
                + "and stored_as is not null").param("id", id).query(String.class).optional();
    }

    private static ReportFileJob job(ResultSet rs, int row) throws SQLException {
        long issued = rs.getLong("issued_report");
        Long issuedReport = rs.wasNull() ? null : issued;
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        return new ReportFileJob(rs.getLong("id"), OfficialReport.valueOf(rs.getString("report")),
                rs.getString("period_code"), issuedReport, ReportFormat.valueOf(rs.getString("format")),
                rs.getString("status"), rs.getString("phase"), rs.getInt("percent"), rs.getString("failure_key"),
                rs.getString("file_name"), sizeBytes, rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
    }
}
