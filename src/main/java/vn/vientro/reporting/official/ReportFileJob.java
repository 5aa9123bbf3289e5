package vn.vientro.reporting.official;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vientro.platform.BackgroundJob;

/**
 * A report file written in the background, as its page shows it. {@code status} is {@code INTERRUPTED} when a job
 * stopped reporting progress (its node went down): no file came of it.
 *
 * @param phase what the job is doing now ({@code QUEUED}, {@code FIGURES}, {@code DOCUMENT}, {@code LAYOUT},
 *              {@code WRITING}, {@code DONE}), named by {@code reporting.jobs.phase.<phase>}
 */
public record ReportFileJob(long id, OfficialReport report, String periodCode, @Nullable Long issuedReport,
                            ReportFormat format, String status, String phase, int percent,
                            @Nullable String failureKey, @Nullable String fileName, @Nullable Long sizeBytes,
                            String createdBy, Instant createdAt, @Nullable Instant finishedAt)
        implements BackgroundJob {

    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";

    @Override
    public boolean running() {
        return QUEUED.equals(status) || RUNNING.equals(status);
    }
}
