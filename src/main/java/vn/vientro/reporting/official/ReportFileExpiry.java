package vn.vientro.reporting.official;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;
import vn.vientro.platform.VientroProperties;

/**
 * Every hour (and once across all nodes), deletes the report files written in the background and their jobs once they
 * are older than {@code vientro.reporting.files.keep-for} (24 hours unless configured): a report is written again at any
 * time, and the folder under the data directory does not grow.
 */
@Component
class ReportFileExpiry {

    private static final Logger log = LoggerFactory.getLogger(ReportFileExpiry.class);

    private final ReportFileJobs jobs;
    private final ReportFileSettings settings;
    private final Path files;

    ReportFileExpiry(ReportFileJobs jobs, ReportFileSettings settings, VientroProperties properties) {
        this.jobs = jobs;
        this.settings = settings;
        this.files = properties.filesDir().toAbsolutePath().normalize();
    }

    @Scheduled(cron = "${vientro.reporting.files.expiry-cron:0 35 * * * *}")
    @SchedulerLock(name = "reporting.report-file-expiry", lockAtMostFor = "10m")
    void runHourly() {
        int deleted = Actor.runAs("system:scheduler", this::deleteExpired);
        log.info("Report files past their time: {} deleted", deleted);
    }

    /** Deletes the jobs past their time and their files; returns how many jobs. */
    int deleteExpired() {
        int deleted = 0;
        for (ReportFileJobs.Expired job : jobs.expired(settings.keepFor().toSeconds())) {
            if (job.storedAs() != null) {
                Path file = files.resolve(job.storedAs()).normalize();
                try {
                    if (file.startsWith(files)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    log.warn("Could not delete report file {}; trying again next time", file, e);
                    continue;
                }
            }
            jobs.delete(job.id());
            deleted++;
        }
        return deleted;
    }
}
