package vn.vientro.platform;

import java.time.Duration;

/**
 * When a background job reports its progress: each report is a commit, so at most once per interval, and at once
 * when its phase changes. For one job's worker thread.
 */
public final class ProgressPace {

    /** Several times a second: the page polls every second, and a commit costs little more than that. */
    public static final Duration EVERY = Duration.ofMillis(200);

    private final long interval;
    private String phase = "";
    private long last;

    public ProgressPace(Duration every) {
        this.interval = every.toNanos();
        this.last = System.nanoTime();
    }

    /** Whether to report now, in the same phase as before. */
    public boolean due() {
        return due(phase);
    }

    /** Whether to report now that the job is in {@code newPhase}; if so, counts this as reported. */
    public boolean due(String newPhase) {
        long now = System.nanoTime();
        if (newPhase.equals(phase) && now - last < interval) {
            return false;
        }
        phase = newPhase;
        last = now;
        return true;
    }
}
