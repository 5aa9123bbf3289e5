package vn.vientro.registry.importing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.JobStatus;

/**
 * The import job rows: the progress record every node can read, the kept file, and the row-by-row findings. A
 * dedicated store rather than an aggregate: a job is a technical record of work in progress (the audit trail skips
 * it), not registry data; its progress commits on its own while the import's transaction is open, only one claim of a
 * checked job may win, and its findings are written in batches of hundreds, none of which an aggregate saved whole
 * would do. The organisations an import creates or changes go through {@code OrganisationRegistry} as usual.
 */
@Component
class ImportJobs {

    /** A running job that stopped reporting lost its node; see {@link ImportJobView}. */
    private static final String STATUS = JobStatus.column(ImportJobView.CHECKING, ImportJobView.IMPORTING);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional
    long create(String fileName, byte[] content, int totalRows, String createdBy) {
        return jdbc.sql("""
                insert into registry.import_job (status, file_name, content, total_rows, created_by)
                values ('CHECKING', :name, :content, :total, :by) returning id
                """).param("name", fileName).param("content", content).param("total", totalRows)
                .param("by", createdBy).query(Long.class).single();
    }

    /** Committed on its own, so the page sees progress while the import's transaction is still open. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void progress(long id, int processedRows) {
        jdbc.sql("update registry.import_job set processed_rows = :processed, updated_at = now() where id = :id")
                .param("processed", processedRows).param("id", id).update();
    }

    /** Takes a checked job for importing; only one request wins when the button is pressed twice or on two nodes. */
    @Transactional
    boolean claim(long id, String confirmedBy) {
        return jdbc.sql("""
                update registry.import_job set status = 'IMPORTING', processed_rows = 0, confirmed_by = :by,
                       updated_at = now(), version = version + 1
                 where id = :id and status = 'CHECKED'
                """).param("id", id).param("by", confirmedBy).update() == 1;
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from registry.import_job where id = :id and content is not null")
                .param("id", id).query(byte[].class).optional();
    }

    /** Records the outcome; called inside the import's transaction, the status changes with the data or not at all. */
    @Transactional
    void finish(long id, String status, ImportCounts counts, List<RowProblem> problems) {
        template.update("delete from registry.import_problem where job = ?", id);
        template.batchUpdate("""
                insert into registry.import_problem (job, row_number, column_code, severity, message_key, arguments)
                values (?, ?, ?, ?, ?, ?)
                """, problems, 500, (statement, problem) -> {
            statement.setLong(1, id);
            statement.setInt(2, problem.row());
            statement.setString(3, problem.column() == null ? null : problem.column().name());
            statement.setString(4, problem.severity().name());
            statement.setString(5, problem.messageKey());
            statement.setArray(6, statement.getConnection().createArrayOf("text", problem.arguments().toArray()));
        });
        jdbc.sql("""
                update registry.import_job
                   set status = :status, processed_rows = total_rows, created_count = :created,
                       updated_count = :updated, unchanged_count = :unchanged, error_count = :errors,
                       updated_at = now(), version = version + 1,
                       content = case when :status = 'DONE' then null else content end,
                       finished_at = case when :status = 'DONE' then now() end
                 where id = :id
                """).param("status", status).param("created", counts.created()).param("updated", counts.updated())
                .param("unchanged", counts.unchanged()).param("errors", counts.errors()).param("id", id).update();
    }

    /** The job failed as a whole; whatever it wrote was rolled back, and the kept file is dropped. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void fail(long id, String failureKey) {
        jdbc.sql("""
                update registry.import_job set status = 'FAILED', failure_key = :key, content = null,
                       updated_at = now(), finished_at = now(), version = version + 1 where id = :id
                """).param("key", failureKey).param("id", id).update();
    }

    /**
     * Checked files nobody confirmed within {@code keepSeconds} are dropped with the job's failure in words (the
     * findings stay for the page); the kept file, up to 10 MB, must not wait in the database for ever.
     */
    @Transactional
    int expireUnconfirmed(long keepSeconds) {
        return jdbc.sql("""
                update registry.import_job
                   set status = 'FAILED', failure_key = 'registry.import.expired', content = null,
                       updated_at = now(), finished_at = now(), version = version + 1
                 where status = 'CHECKED' and updated_at < now() - make_interval(secs => :keep)
                """).param("keep", keepSeconds).update();
    }

    Optional<ImportJobView> find(long id) {
        return jdbc.sql("""
                select id, """ + STATUS + """
                        as status, file_name, total_rows, processed_rows, created_count, updated_count,
                       unchanged_count, error_count, failure_key, created_by, created_at, finished_at
                  from registry.import_job where id = :id
                """).param("id", id).query(ImportJobs::view).optional();
    }

    List<RowProblem> problems(long id, int limit) {
        return jdbc.sql("""
                select row_number, column_code, severity, message_key, arguments from registry.import_problem
                 where job = :id order by row_number, id limit :limit
                """).param("id", id).param("limit", limit).query(ImportJobs::problem).list();
    }

    int problemCount(long id) {
        return jdbc.sql("select count(*) from registry.import_problem where job = :id").param("id", id)
                .query(Integer.class).single();
    }

    private static ImportJobView view(ResultSet rs, int row) throws SQLException {
        return new ImportJobView(rs.getLong("id"), rs.getString("status"), rs.getString("file_name"),
                rs.getInt("total_rows"), rs.getInt("processed_rows"),
                new ImportCounts(rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
                        rs.getInt("error_count")),
                rs.getString("failure_key"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
    }

    private static RowProblem problem(ResultSet rs, int row) throws SQLException {
        String column = rs.getString("column_code");
        Array arguments = rs.getArray("arguments");
        return new RowProblem(rs.getInt("row_number"), column == null ? null : ImportColumn.valueOf(column),
                RowProblem.Severity.valueOf(rs.getString("severity")), rs.getString("message_key"),
                List.of((String[]) arguments.getArray()));
    }
}
