package vn.vientro.reporting.official;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vientro.platform.JobProgress;
import vn.vientro.platform.ProgressPace;
import vn.vientro.platform.VientroProperties;
import vn.vientro.reporting.ReportingPeriod;

/**
 * Writes one report file in the background: reads the figures (as the user who asked, so the draft covers what they may
 * read), writes the workbook or the PDF to a temporary file under {@code <data-dir>/files/reports/}, and moves it into
 * place when whole; each phase is recorded on the job as it starts.
 */
@Component
class ReportFileRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportFileRunner.class);
    static final String FOLDER = "reports";

    private final ReportFileJobs jobs;
    private final ReportFileQueries queries;
    private final OfficialReports reports;
    private final ReportExcel excel;
    private final ReportPrint print;
    private final Path files;

    ReportFileRunner(ReportFileJobs jobs, ReportFileQueries queries, OfficialReports reports, ReportExcel excel,
                     ReportPrint print, VientroProperties properties) {
        this.jobs = jobs;
        this.queries = queries;
        this.reports = reports;
        this.excel = excel;
        this.print = print;
        this.files = properties.filesDir().toAbsolutePath().normalize();
    }

    void run(long jobId) {
        Path temporary = null;
        try {
            ReportFileJob job = queries.find(jobId).orElseThrow(() -> new IllegalStateException("no job " + jobId));
            jobs.progress(jobId, "FIGURES", 5);
            ReportDocument document = document(job);
            jobs.progress(jobId, "DOCUMENT", 30);
            Path folder = Files.createDirectories(files.resolve(FOLDER));
            String stored = jobId + "-" + UUID.randomUUID() + "." + job.format().extension();
            temporary = Files.createTempFile(folder, "writing-", ".part");
            JobProgress progress = JobProgress.throttled(ProgressPace.EVERY, (phase, percent) ->
                    jobs.progress(jobId, phase, percent));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                switch (job.format()) {
                    case XLSX -> excel.write(document, print.province(), out, progress);
                    case PDF -> print.pdf(document, out, progress);
                }
            }
            Path target = folder.resolve(stored);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            jobs.finish(jobId, OfficialReportController.fileName(document, job.format().extension()),
                    FOLDER + "/" + stored, Files.size(target));
        } catch (IOException | RuntimeException e) { // the boundary of a background job: record it on the job, log once
            if (e instanceof AccessDeniedException) { // the user lost the right to read reports meanwhile
                jobs.fail(jobId, "reporting.jobs.failed.denied");
            } else {
                log.error("Report file job {} failed", jobId, e);
                jobs.fail(jobId, "reporting.jobs.failed.generic");
            }
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.warn("Could not delete {}", temporary, e);
                }
            }
        }
    }

    private ReportDocument document(ReportFileJob job) {
        if (job.issuedReport() != null) {
            return reports.issuedDocument(job.issuedReport());
        }
        ReportingPeriod period = ReportingPeriod.parse(job.periodCode())
                .orElseThrow(() -> new IllegalStateException("job " + job.id() + " has period " + job.periodCode()));
        return reports.draft(job.report(), period);
    }
}
