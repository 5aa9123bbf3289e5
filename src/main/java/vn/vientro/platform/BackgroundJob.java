package vn.vientro.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A background job as its page shows it, whatever its module adds (counts, a file, a report): the shared part
 * {@code templates/layout/job.html} renders and polls. The status follows {@link JobStatus}.
 */
public interface BackgroundJob {

    long id();

    String status();

    /** Whether the job's work is going on (or waiting for a thread), so its page polls it. */
    boolean running();

    /** How far it has come, 0 to 100. */
    int percent();

    /** Why it failed, as a message key; null when it did not fail, or was interrupted (its node went down). */
    @Nullable String failureKey();

    /** The arguments of the failure's message. */
    default List<?> failureArguments() {
        return List.of();
    }

    default boolean done() {
        return JobStatus.DONE.equals(status());
    }

    default boolean failed() {
        return JobStatus.failed(status());
    }

    default boolean interrupted() {
        return JobStatus.INTERRUPTED.equals(status());
    }
}
