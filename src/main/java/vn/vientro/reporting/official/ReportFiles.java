package vn.vientro.reporting.official;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;
import vn.vientro.platform.BackgroundJobs;
import vn.vientro.platform.JobQueue;
import vn.vientro.platform.VientroProperties;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.NotFoundException;

/**
 * The official reports' files (Excel, PDF) written in the background, so a long report never holds a request: the user
 * asks for one, follows its phase and percentage on its page (which survives a reload: the job is a row), and downloads
 * it when done. A job belongs to the user who asked; no one else sees it. The platform's one mechanism
 * ({@link BackgroundJobs}): a job row in the module's schema written by a store, progress committed on its own, the
 * work run on the kind's queue as the user.
 */
@Service
public class ReportFiles {

    /** How many of the user's files the reports page lists. */
    static final int RECENT = 10;

    private final ReportFileJobs jobs;
    private final ReportFileQueries queries;
    private final ReportFileRunner runner;
    private final OfficialReports reports;
    private final Path files;
    /** The work runs as the signed-in user, so the figures cover what they may read and the policy holds. */
    private final JobQueue queue;

    ReportFiles(ReportFileJobs jobs, ReportFileQueries queries, ReportFileRunner runner, OfficialReports reports,
                VientroProperties properties, BackgroundJobs background) {
        this.jobs = jobs;
        this.queries = queries;
        this.runner = runner;
        this.reports = reports;
        this.files = properties.filesDir().toAbsolutePath().normalize();
        this.queue = background.queue("report-file", 50, jobs::fail);
    }

    /** Starts writing a draft of the report for the period; returns the job to follow. */
    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional
    public long start(OfficialReport report, ReportingPeriod period, ReportFormat format) {
        long id = jobs.create(report, period.code(), null, format, Actor.current());
        queue.start(id, () -> runner.run(id));
        return id;
    }

    /** Starts writing an issued report as it was sent; returns the job to follow. */
    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional
    public long startIssued(long issuedId, ReportFormat format) {
        OfficialReports.IssuedSummary issued = reports.issuedSummary(issuedId);
        long id = jobs.create(issued.report(), issued.periodCode(), issuedId, format, Actor.current());
        queue.start(id, () -> runner.run(id));
        return id;
    }

    @PreAuthorize(ReportingPolicy.READ_REPORT_FILE)
    @Transactional(readOnly = true)
    public ReportFileJob job(long jobId) {
        return queries.find(jobId).orElseThrow(() -> new NotFoundException("report file", jobId));
    }

    /** The user's most recent files, newest first. */
    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public List<ReportFileJob> mine() {
        return queries.recent(Actor.current(), RECENT);
    }

    /** The written file of a job that is done. @throws NotFoundException when it is not (or no longer) there */
    @PreAuthorize(ReportingPolicy.READ_REPORT_FILE)
    @Transactional(readOnly = true)
    public Download download(long jobId) {
        ReportFileJob job = job(jobId);
        Path path = queries.storedAs(jobId).map(files::resolve).map(Path::normalize)
                .filter(p -> p.startsWith(files) && Files.isRegularFile(p))
                .orElseThrow(() -> new NotFoundException("report file", jobId));
        return new Download(path, job.format().mediaType(), job.fileName() == null ? path.getFileName().toString()
                : job.fileName());
    }

    /** A written file to send. */
    public record Download(Path path, String mediaType, String fileName) {
    }
}
