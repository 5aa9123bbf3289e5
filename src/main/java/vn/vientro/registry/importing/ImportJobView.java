package vn.vientro.registry.importing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vientro.platform.BackgroundJob;

/**
 * An import as its page shows it. {@code status} is {@code INTERRUPTED} when a running job stopped reporting
 * progress (its node went down): its transaction rolled back, so nothing of it was imported.
 */
record ImportJobView(long id, String status, String fileName, int totalRows, int processedRows, ImportCounts counts,
                     @Nullable String failureKey, String createdBy, Instant createdAt, @Nullable Instant finishedAt)
        implements BackgroundJob {

    static final String CHECKING = "CHECKING";
    static final String IMPORTING = "IMPORTING";

    @Override
    public boolean running() {
        return CHECKING.equals(status) || IMPORTING.equals(status);
    }

    public boolean awaitingConfirmation() {
        return "CHECKED".equals(status);
    }

    @Override
    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * processedRows / totalRows);
    }
}
