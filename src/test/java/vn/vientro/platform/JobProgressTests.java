package vn.vientro.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress reports cost a commit each: a job passes on a new phase at once and the same phase at a pace. */
class JobProgressTests {

    @Test
    void passesEveryNewPhaseAtOnceAndTheSamePhaseAtMostOncePerInterval() {
        List<String> stored = new ArrayList<>();
        JobProgress progress = JobProgress.throttled(Duration.ofHours(1), (phase, percent) -> stored.add(phase + percent));

        progress.at("FIGURES", 5);
        progress.at("FIGURES", 10);
        progress.at("FIGURES", 20);
        progress.at("WRITING", 30);
        progress.at("WRITING", 90);

        assertThat(stored).containsExactly("FIGURES5", "WRITING30");
    }

    @Test
    void passesTheSamePhaseAgainOnceTheIntervalHasPassed() {
        List<Integer> stored = new ArrayList<>();
        JobProgress progress = JobProgress.throttled(Duration.ZERO, (phase, percent) -> stored.add(percent));

        progress.at("WRITING", 10);
        progress.at("WRITING", 20);

        assertThat(stored).containsExactly(10, 20);
    }

    @Test
    void aPaceIsDueForTheFirstReportOnlyAfterItsIntervalWhenThePhaseStaysUnnamed() {
        ProgressPace pace = new ProgressPace(Duration.ofHours(1));

        assertThat(pace.due()).as("rows counted without a phase wait for the interval").isFalse();
        assertThat(pace.due("READING")).isTrue();
        assertThat(pace.due("READING")).isFalse();
    }

    @Test
    void theStatusRuleNamesOnlyStatusWordsAndReadsFailuresAndInterruptionsAsFailed() {
        assertThat(JobStatus.column("RUNNING", "QUEUED")).contains("status in ('RUNNING', 'QUEUED')")
                .contains("interval '10 minutes'").contains("'INTERRUPTED'");
        assertThat(JobStatus.failed("INTERRUPTED")).isTrue();
        assertThat(JobStatus.failed("FAILED")).isTrue();
        assertThat(JobStatus.failed("DONE")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobStatus.column("RUNNING' or true --"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
