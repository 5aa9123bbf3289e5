package vn.vientro.reporting.official;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the rows of report files written in the background. A dedicated store rather than an aggregate, as the
 * registry's import jobs ({@code registry.importing.ImportJobs}): a job is a technical record of work in progress (the
 * audit trail skips it), not reporting data, and its progress commits on its own, several times a second, while the
 * file is written, which an aggregate saved whole with its version would refuse or serialise.
 */
@Component
class ReportFileJobs {

    private final JdbcClient jdbc;

    ReportFileJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long create(OfficialReport report, String periodCode, @Nullable Long issuedReport, ReportFormat format,
                String createdBy) {
        return jdbc.sql("""
                insert into reporting.report_file_job (report, period_code, issued_report, format, status, phase,
                                                       created_by)
                values (:report, :period, :issued, :format, 'QUEUED', 'QUEUED', :by) returning id
                """).param("report", report.name()).param("period", periodCode).param("issued", issuedReport)
                .param("format", format.name()).param("by", createdBy).query(Long.class).single();
    }

    /** Committed on its own, so the page sees the phase while the work goes on. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void progress(long id, String phase, int percent) {
        jdbc.sql("""
                update reporting.report_file_job set status = 'RUNNING', phase = :phase, percent = :percent,
                       updated_at = now() where id = :id and status in ('QUEUED', 'RUNNING')
                """).param("phase", phase).param("percent", Math.max(0, Math.min(99, percent))).param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void finish(long id, String fileName, String storedAs, long sizeBytes) {
        jdbc.sql("""
                update reporting.report_file_job
                   set status = 'DONE', phase = 'DONE', percent = 100, file_name = :name, stored_as = :stored,
                       size_bytes = :size, updated_at = now(), finished_at = now(), version = version + 1
                 where id = :id
                """).param("name", fileName).param("stored", storedAs).param("size", sizeBytes).param("id", id)
                .update();
    }

    /** The job failed; the failure is said in words by its message key. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void fail(long id, String failureKey) {
        jdbc.sql("""
                update reporting.report_file_job set status = 'FAILED', phase = 'FAILED', failure_key = :key,
                       updated_at = now(), finished_at = now(), version = version + 1 where id = :id
                """).param("key", failureKey).param("id", id).update();
    }

    /** The jobs asked for before {@code cutoffSeconds} ago, with where their files are (null when none). */
    @Transactional(readOnly = true)
    List<Expired> expired(long olderThanSeconds) {
        return jdbc.sql("""
                select id, stored_as from reporting.report_file_job
                 where created_at < now() - make_interval(secs => :seconds) order by id
                """).param("seconds", olderThanSeconds)
                .query((rs, n) -> new Expired(rs.getLong("id"), rs.getString("stored_as"))).list();
    }

    @Transactional
    void delete(long id) {
        jdbc.sql("delete from reporting.report_file_job where id = :id").param("id", id).update();
    }

    record Expired(long id, @Nullable String storedAs) {
    }
}
