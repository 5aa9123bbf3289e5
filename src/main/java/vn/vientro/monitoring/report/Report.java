package vn.vientro.monitoring.report;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.monitoring.MonitoringProblem;
import vn.vientro.monitoring.ReportAction;
import vn.vientro.monitoring.ReportMoved;
import vn.vientro.monitoring.duty.DutyFacts;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.Text;

/**
 * The aid owner's report answering one duty: its content as last written, its signed file, and where it stands. The
 * owner changes it while it is a draft or returned; a reviewer decides on a submitted one. Each submission and each
 * decision is kept outside it ({@link ReportSteps}), a log that only grows, so every version stays readable.
 */
@Table(schema = "monitoring", name = "report")
class Report extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final long dutyId;
    private ReportStatus status;
    private ReportContent content;
    private @Nullable Long signedFileId;
    private @Nullable String signedFileName;
    private int submissions;
    private String updatedBy;
    private Instant updatedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Report(@Nullable Long id, @Nullable Long version, long dutyId, ReportStatus status, ReportContent content,
           @Nullable Long signedFileId, @Nullable String signedFileName, int submissions, String updatedBy,
           Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.dutyId = dutyId;
        this.status = status;
        this.content = content;
        this.signedFileId = signedFileId;
        this.signedFileName = signedFileName;
        this.submissions = submissions;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    static Report draft(long dutyId, String actor, Instant now) {
        return new Report(null, null, dutyId, ReportStatus.DRAFT, ReportContent.empty(), null, null, 0, actor,
                now);
    }

    /** Changes the content, and the signed file if one is given; only a draft or a returned report changes. */
    void write(ReportContent changed, @Nullable Long fileId, @Nullable String fileName, String actor, Instant now) {
        requireEditable(ReportAction.SUBMIT);
        content = changed;
        if (fileId != null) {
            signedFileId = fileId;
            signedFileName = fileName;
        }
        updatedBy = actor;
        updatedAt = now;
    }

    /** Sends the content as a new version; the service checked that it is complete. */
    void submit(DutyFacts duty, String actor, Instant now) {
        requireEditable(ReportAction.SUBMIT);
        status = ReportStatus.SUBMITTED;
        submissions++;
        stamp(duty, ReportAction.SUBMIT, actor, now);
    }

    /** Accepts or returns the submitted version. */
    void decide(ReportAction decision, DutyFacts duty, String actor, Instant now) {
        if (status != ReportStatus.SUBMITTED || decision == ReportAction.SUBMIT) {
            throw refused(decision);
        }
        status = decision == ReportAction.ACCEPT ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        stamp(duty, decision, actor, now);
    }

    private void stamp(DutyFacts duty, ReportAction action, String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
        int number = submissions;
        publish(reportId -> new ReportMoved(dutyId, action, number, duty.itemCode(), duty.itemNameVi(),
                duty.ownerAgencyId(), duty.managingAgencyId(), actor));
    }

    private void requireEditable(ReportAction action) {
        if (!status.editable()) {
            throw refused(action);
        }
    }

    private BusinessRuleException refused(ReportAction action) {
        return new BusinessRuleException(MonitoringProblem.REPORT_STEP_REFUSED, "monitoring.report.stepRefused",
                null, Text.of("monitoring.report.action." + action), Text.of("monitoring.report.status." + status));
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    long dutyId() {
        return dutyId;
    }

    ReportStatus status() {
        return status;
    }

    ReportContent content() {
        return content;
    }

    @Nullable Long signedFileId() {
        return signedFileId;
    }

    @Nullable String signedFileName() {
        return signedFileName;
    }

    int submissions() {
        return submissions;
    }
}
