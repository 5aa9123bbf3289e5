package vn.vientro.monitoring.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileType;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.ReportAction;
import vn.vientro.monitoring.duty.DutyFacts;
import vn.vientro.monitoring.duty.DutyProgress;
import vn.vientro.monitoring.duty.DutyQueries;
import vn.vientro.platform.Actor;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/**
 * The aid owners' reports answering their duties (S000 §II.8d–e): the owner writes a draft and submits it with the
 * signed file; the managing agency or the focal point accepts it or returns it with comments, and the owner submits a
 * corrected version. Every version and decision is kept; the duty follows each step in the same transaction.
 */
@Service
public class Reports {

    /** The API's list holds the latest reports, newest first. */
    private static final int LIST_LIMIT = 500;

    private final ReportRepository reports;
    private final ReportSteps steps;
    private final ReportQueries queries;
    private final ReportRules rules;
    private final DutyQueries duties;
    private final DutyProgress progress;
    private final AidFiles files;
    private final MonitoringPolicy policy;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Reports(ReportRepository reports, ReportSteps steps, ReportQueries queries, ReportRules rules,
            DutyQueries duties, DutyProgress progress, AidFiles files, MonitoringPolicy policy, Clock clock) {
        this.reports = reports;
        this.steps = steps;
        this.queries = queries;
        this.rules = rules;
        this.duties = duties;
        this.progress = progress;
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    @PreAuthorize(MonitoringPolicy.LIST_DUTIES)
    @Transactional(readOnly = true)
    public List<ReportRow> list(@Nullable ReportStatus status) {
        return queries.list(status, policy.agencyScope(), LIST_LIMIT);
    }

    /** The duty's report, or the recorded figures of the period before the owner starts one. */
    @PreAuthorize(MonitoringPolicy.READ_REPORT)
    @Transactional(readOnly = true)
    public ReportView get(long dutyId) {
        DutyFacts duty = duty(dutyId);
        List<ReportStepView> taken = queries.steps(dutyId);
        return reports.findByDutyId(dutyId).map(report -> new ReportView(duty, report.version(), report.status(),
                        report.content(), report.signedFileName(), report.submissions(),
                        daysLate(duty, report.status(), taken), taken))
                .orElseGet(() -> new ReportView(duty, null, null, rules.prefilled(duty), null, 0,
                        daysLate(duty, null, taken), taken));
    }

    /**
     * Saves what the owner typed, with the signed file if one is given, and submits it if asked: one transaction, so
     * a refused submission saves nothing. Refused at once with every mistake, or when someone saved it meanwhile.
     */
    @PreAuthorize(MonitoringPolicy.WRITE_REPORT)
    @Transactional
    public void write(long dutyId, ReportInput input, @Nullable Upload signed, boolean submit) {
        DutyFacts duty = duty(dutyId);
        Report report = load(dutyId, input.version());
        StoredFile file = signed == null ? null : store(signed);
        ReportContent content = rules.content(input, duty, submit, file != null || report.signedFileId() != null);
        report.write(content, file == null ? null : file.id(), signed == null ? null : signed.name(),
                Actor.current(), clock.instant());
        if (submit) {
            report.submit(duty, Actor.current(), clock.instant());
        }
        Report saved = reports.save(report);
        if (submit) {
            LocalDate today = LocalDate.now(clock);
            steps.save(ReportStep.submitted(saved, duty.dueOn(), Actor.current(), today, clock.instant()));
            progress.follow(dutyId, ReportAction.SUBMIT, today);
        }
    }

    /** Submits the report as last saved (the API's way: save with PUT, attach the file, then submit). */
    @PreAuthorize(MonitoringPolicy.WRITE_REPORT)
    @Transactional
    public void submit(long dutyId, long expectedVersion) {
        Report report = load(dutyId, expectedVersion);
        write(dutyId, ReportInput.of(expectedVersion, report.content()), null, true);
    }

    /** Keeps the signed file with the report as it stands; a PDF or a picture, recognised from its content. */
    @PreAuthorize(MonitoringPolicy.WRITE_REPORT)
    @Transactional
    public void attach(long dutyId, long expectedVersion, Upload signed) {
        Report report = load(dutyId, expectedVersion);
        write(dutyId, ReportInput.of(expectedVersion, report.content()), signed, false);
    }

    /** Accepts or returns the submitted version; a return says why, for the owner to correct. */
    @PreAuthorize(MonitoringPolicy.REVIEW_REPORT)
    @Transactional
    public void decide(long dutyId, long expectedVersion, ReportAction decision, @Nullable String comments) {
        TextLength.require("comments", comments, TextLength.TEXT);
        String said = comments == null || comments.isBlank() ? null : comments.strip();
        if (decision == ReportAction.RETURN && said == null) {
            throw new InvalidInputException("comments", "monitoring.report.comments.required");
        }
        DutyFacts duty = duty(dutyId);
        Report report = load(dutyId, expectedVersion);
        report.decide(decision, duty, Actor.current(), clock.instant());
        Report saved = reports.save(report);
        LocalDate today = LocalDate.now(clock);
        steps.save(ReportStep.decided(saved, decision, duty.dueOn(), said, Actor.current(), today, clock.instant()));
        progress.follow(dutyId, decision, today);
    }

    /** The signed file of the report as it stands (step empty) or of one submitted version, to download. */
    @PreAuthorize(MonitoringPolicy.READ_REPORT)
    @Transactional(readOnly = true)
    public SignedDownload signedFile(long dutyId, @Nullable Long stepId) {
        ReportQueries.SignedFile signed = queries.signedFile(dutyId, stepId)
                .orElseThrow(() -> new NotFoundException("report signed file", dutyId));
        StoredFile file = files.find(signed.fileId()).orElseThrow();
        return new SignedDownload(file.contentType(), file.downloadName(signed.name()), files.read(file.id()));
    }

    private StoredFile store(Upload signed) {
        return files.store(signed.name(), signed.content(), FileType.SCANS);
    }

    private DutyFacts duty(long dutyId) {
        return duties.facts(dutyId).orElseThrow(() -> new NotFoundException("report duty", dutyId));
    }

    /** The report to change at the version the caller saw; a new draft when there is none and none was seen. */
    private Report load(long dutyId, @Nullable Long expectedVersion) {
        Report report = reports.findByDutyId(dutyId)
                .orElseGet(() -> Report.draft(dutyId, Actor.current(), clock.instant()));
        Long stored = report.id() == null ? null : report.version();
        if (!java.util.Objects.equals(stored, expectedVersion) && stored != null) {
            throw new StaleVersionException("report", dutyId);
        }
        return report;
    }

    /** Until submitted, late by the days past due so far; once submitted, by those of its latest submission. */
    private long daysLate(DutyFacts duty, @Nullable ReportStatus status, List<ReportStepView> taken) {
        if (status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED) {
            return taken.stream().filter(ReportStepView::submission).reduce((first, second) -> second)
                    .map(step -> (long) java.util.Objects.requireNonNull(step.daysLate())).orElse(0L);
        }
        return Math.max(0, ChronoUnit.DAYS.between(duty.dueOn(), LocalDate.now(clock)));
    }

    /** A file the owner uploads: the name it had and its bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** A signed file to download: its type read from the content when kept, the name to offer, the bytes. */
    public record SignedDownload(String contentType, String downloadName, byte[] content) {
    }
}
