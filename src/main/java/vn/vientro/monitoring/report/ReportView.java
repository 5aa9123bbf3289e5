package vn.vientro.monitoring.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.duty.DutyFacts;

/**
 * A duty's report as the page and the API show it: the duty, the report as last written (the recorded figures only,
 * before the owner starts one), and every submitted version with the decision on it.
 *
 * @param version  the report's version, to send back with a change; empty before the owner starts one
 * @param status   empty before the owner starts one
 * @param daysLate calendar days from the due date to the latest submission, or to today while it is not submitted
 */
public record ReportView(DutyFacts duty, @Nullable Long version, @Nullable ReportStatus status,
                         ReportContent content, @Nullable String signedFileName, int submissions, long daysLate,
                         List<ReportStepView> steps) {

    /** Whether the owner may change it now: not started, a draft or returned. */
    public boolean editable() {
        return status == null || status.editable();
    }

    public boolean awaitingDecision() {
        return status == ReportStatus.SUBMITTED;
    }

    public boolean late() {
        return daysLate > 0;
    }

    /** The submitted versions, newest first, each with the decision on it if there is one. */
    public List<ReportStepView> versions() {
        return steps.stream().filter(ReportStepView::submission)
                .sorted(java.util.Comparator.comparingInt(ReportStepView::number).reversed()).toList();
    }

    public @Nullable ReportStepView decisionOn(int number) {
        return steps.stream().filter(step -> step.number() == number && !step.submission()).findFirst().orElse(null);
    }

    LocalDate dueOn() {
        return duty.dueOn();
    }
}
