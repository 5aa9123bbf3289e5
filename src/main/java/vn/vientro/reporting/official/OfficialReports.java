package vn.vientro.reporting.official;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.ClosedPeriods;
import vn.vientro.aid.PostCloseCorrection;
import vn.vientro.platform.Actor;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.reporting.official.ReportDocument.ReportTable;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/**
 * The province's official reports: drafted for a period from the figures as they are now, issued under a number (the
 * figures then kept whole, so the report sent is reproduced exactly), and checked later against the figures
 * recomputed, with the post-close corrections that explain a difference. Drafts follow what the reader may see;
 * an issued report covers all aid, as the focal point who issues it reads.
 */
@Service
public class OfficialReports {

    private final ReportFigures figures;
    private final IssuedReportRepository issued;
    private final ClosedPeriods closed;
    private final ReportingPolicy policy;
    private final MessageSource messages;
    private final Clock clock;

    OfficialReports(ReportFigures figures, IssuedReportRepository issued, ClosedPeriods closed, ReportingPolicy policy,
                    MessageSource messages, Clock clock) {
        this.figures = figures;
        this.issued = issued;
        this.closed = closed;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public ReportDocument draft(OfficialReport report, ReportingPeriod period) {
        return figures.build(report, period, policy.statisticsScope());
    }

    /**
     * Issues the report for the period under the number the province gave it, keeping its figures as they are now.
     *
     * @throws InvalidInputException when the number is empty, too long or used already
     */
    @PreAuthorize(ReportingPolicy.ISSUE_REPORTS)
    @Transactional
    public long issue(OfficialReport report, ReportingPeriod period, String number) {
        String cleaned = number == null ? "" : number.strip();
        TextLength.require("number", cleaned, TextLength.CODE);
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("number", "reporting.official.issue.numberRequired");
        }
        if (issued.existsByNumber(cleaned)) {
            throw new InvalidInputException("number", "reporting.official.issue.numberTaken", cleaned);
        }
        ReportDocument document = figures.build(report, period, OptionalLong.empty())
                .issuedAs(cleaned, LocalDate.now(clock));
        return issued.save(IssuedReport.of(document, Actor.current(), Instant.now(clock))).id();
    }

    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public List<IssuedSummary> issued() {
        return issued.findAllByOrderByIssuedAtDesc().stream().map(OfficialReports::summary).toList();
    }

    /** An issued report's figures as they were sent, without recomputing anything. */
    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public ReportDocument issuedDocument(long issuedId) {
        return issued.findById(issuedId).orElseThrow(() -> new NotFoundException("issued report", issuedId))
                .figures();
    }

    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public IssuedSummary issuedSummary(long issuedId) {
        return summary(issued.findById(issuedId).orElseThrow(() -> new NotFoundException("issued report", issuedId)));
    }

    /** An issued report as it was sent, and whether its figures recomputed now still match. */
    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public IssuedCheck check(long issuedId) {
        IssuedReport report = issued.findById(issuedId)
                .orElseThrow(() -> new NotFoundException("issued report", issuedId));
        ReportingPeriod period = ReportingPeriod.parse(report.periodCode())
                .orElseThrow(() -> new IllegalStateException("stored period " + report.periodCode()));
        ReportDocument now = figures.build(report.report(), period, OptionalLong.empty());
        List<String> differing = new ArrayList<>();
        for (ReportTable table : report.figures().tables()) {
            if (PostCloseLines.CORRECTIONS.equals(table.key()) || PostCloseLines.RESULT_CORRECTIONS.equals(table.key())) {
                continue; // the corrections recorded during the period grow as they are made: not a figure
            }
            ReportTable current = now.tables().stream().filter(t -> t.key().equals(table.key())).findFirst()
                    .orElse(null);
            if (current == null || !table.sameFigures(current)) {
                differing.add(table.title());
            }
        }
        List<PostCloseCorrection> since = closed.datedWithin(period.firstDay(), period.lastDay(), report.issuedAt());
        ReportTable explained = PostCloseLines.table(since, text -> messages.getMessage(text, ReportFigures.VI),
                clock.getZone());
        return new IssuedCheck(summary(report), report.figures(), differing, explained);
    }

    private static IssuedSummary summary(IssuedReport report) {
        return new IssuedSummary(report.id(), report.version(), report.report(), report.periodCode(),
                report.figures().periodLabel(), report.number(), report.issuedOn(), report.issuedBy(),
                report.issuedAt());
    }

    /** An issued report in a list. */
    public record IssuedSummary(long id, long version, OfficialReport report, String periodCode, String periodLabel,
                                String number, LocalDate issuedOn, String issuedBy, Instant issuedAt) {
    }

    /**
     * An issued report and its check: the document as sent, the titles of the tables whose figures differ now, and
     * the post-close corrections to money of its period recorded since it was issued.
     */
    public record IssuedCheck(IssuedSummary summary, ReportDocument document, List<String> differingTables,
                              ReportTable corrections) {

        public boolean matches() {
            return differingTables.isEmpty();
        }
    }
}
