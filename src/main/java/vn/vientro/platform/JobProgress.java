package vn.vientro.platform;

import java.time.Duration;

/**
 * Told how far a background job has come: its phase (a word its module names in messages) and a percentage. The
 * module's store commits each report on its own, so every node's page sees it while the work's transaction is open.
 */
@FunctionalInterface
public interface JobProgress {

    JobProgress NONE = (phase, percent) -> { };

    void at(String phase, int percent);

    /** The same progress passed on at the {@link ProgressPace}: a new phase always, otherwise once per {@code every}. */
    static JobProgress throttled(Duration every, JobProgress store) {
        ProgressPace pace = new ProgressPace(every);
        return (phase, percent) -> {
            if (pace.due(phase)) {
                store.at(phase, percent);
            }
        };
    }
}
