package vn.vientro.monitoring.report;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.ReportAction;

/** One step of a report: a submitted version with its content, signed file and days late, or a decision on one. */
public record ReportStepView(long id, int number, ReportAction action, @Nullable ReportContent content,
                             @Nullable String signedFileName, @Nullable Integer daysLate, @Nullable String comments,
                             String actor, LocalDate takenOn, Instant takenAt) {

    public boolean submission() {
        return action == ReportAction.SUBMIT;
    }
}
