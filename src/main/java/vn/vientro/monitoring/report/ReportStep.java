package vn.vientro.monitoring.report;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.monitoring.ReportAction;

/**
 * One step of a report, never changed once written: a submission with the content and signed file of its version and
 * its days late, or a decision on that version with the reviewer's comments.
 */
@Table(schema = "monitoring", name = "report_step")
class ReportStep {

    @Id
    private @Nullable Long id;
    private final long reportId;
    private final int number;
    private final ReportAction action;
    private final @Nullable ReportContent content;
    private final @Nullable Long signedFileId;
    private final @Nullable String signedFileName;
    private final LocalDate dueOn;
    private final @Nullable Integer daysLate;
    private final @Nullable String comments;
    private final String actor;
    private final LocalDate takenOn;
    private final Instant takenAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    ReportStep(@Nullable Long id, long reportId, int number, ReportAction action, @Nullable ReportContent content,
               @Nullable Long signedFileId, @Nullable String signedFileName, LocalDate dueOn,
               @Nullable Integer daysLate, @Nullable String comments, String actor, LocalDate takenOn,
               Instant takenAt) {
        this.id = id;
        this.reportId = reportId;
        this.number = number;
        this.action = action;
        this.content = content;
        this.signedFileId = signedFileId;
        this.signedFileName = signedFileName;
        this.dueOn = dueOn;
        this.daysLate = daysLate;
        this.comments = comments;
        this.actor = actor;
        this.takenOn = takenOn;
        this.takenAt = takenAt;
    }

    /** The version just submitted, as it was sent, late by the calendar days from its due date to today. */
    static ReportStep submitted(Report report, LocalDate dueOn, String actor, LocalDate today, Instant now) {
        int late = (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, today));
        return new ReportStep(null, java.util.Objects.requireNonNull(report.id()), report.submissions(),
                ReportAction.SUBMIT, report.content(), report.signedFileId(), report.signedFileName(), dueOn, late,
                null, actor, today, now);
    }

    static ReportStep decided(Report report, ReportAction decision, LocalDate dueOn, @Nullable String comments,
                              String actor, LocalDate today, Instant now) {
        return new ReportStep(null, java.util.Objects.requireNonNull(report.id()), report.submissions(), decision,
                null, null, null, dueOn, null, comments, actor, today, now);
    }
}
