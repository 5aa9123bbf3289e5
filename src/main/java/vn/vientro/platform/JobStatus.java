package vn.vientro.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The rule every background job's status follows: a module names its own statuses (a job may wait between two runs
 * for its user), and a running job that has not reported for {@link #SILENT_FOR} lost its node and reads as
 * {@link #INTERRUPTED}: whatever it was writing rolled back with its transaction.
 */
public final class JobStatus {

    public static final String INTERRUPTED = "INTERRUPTED";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    /** Progress is reported several times a second; ten minutes of silence is a node gone, not a slow phase. */
    public static final Duration SILENT_FOR = Duration.ofMinutes(10);
    /** A job row's {@code updated_at} older than {@link #SILENT_FOR}, as an SQL condition. */
    public static final String SILENT = "updated_at < now() - interval '" + SILENT_FOR.toMinutes() + " minutes'";

    private JobStatus() {
    }

    /**
     * The SQL expression of a job row's status (its columns {@code status} and {@code updated_at}), {@code INTERRUPTED}
     * when one of the {@code running} statuses went silent; the statuses are the module's constants, never input.
     */
    public static String column(String... running) {
        String listed = Arrays.stream(running).peek(JobStatus::requireWord).map(s -> "'" + s + "'")
                .collect(Collectors.joining(", "));
        return "case when status in (" + listed + ") and " + SILENT + " then '" + INTERRUPTED + "' else status end";
    }

    /** Whether the status is an end in failure: failed, or interrupted. */
    public static boolean failed(String status) {
        return FAILED.equals(status) || INTERRUPTED.equals(status);
    }

    private static void requireWord(String status) {
        if (!status.matches("[A-Z_]{1,40}")) {
            throw new IllegalArgumentException("not a status: " + status);
        }
    }
}
