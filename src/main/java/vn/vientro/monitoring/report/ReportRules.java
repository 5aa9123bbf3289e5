package vn.vientro.monitoring.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.PeriodMoney;
import vn.vientro.aid.PeriodResult;
import vn.vientro.monitoring.duty.DutyFacts;
import vn.vientro.monitoring.report.ReportContent.BeneficiaryGroup;
import vn.vientro.monitoring.report.ReportContent.MoneyFlow;
import vn.vientro.monitoring.report.ReportContent.MoneyLine;
import vn.vientro.monitoring.report.ReportContent.Reached;
import vn.vientro.monitoring.report.ReportContent.ResultLine;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InputChecks;
import vn.vientro.shared.TextLength;

/**
 * Turns what the owner typed into a report's content, beside the money and results the aid module records for the
 * period (read again on every save, so a transaction recorded meanwhile counts), and refuses at once all that is wrong:
 * a figure that differs from the record without a reason, a negative count, and on submission an empty account of
 * the activities or a missing signed file.
 */
@Component
class ReportRules {

    /** An amount is kept as numeric(19,2) in VND, as the aid module's. */
    private static final int PRECISION = 19;

    private final AidReportingQueries aid;

    ReportRules(AidReportingQueries aid) {
        this.aid = aid;
    }

    /** The blank report of a duty: the recorded figures, nothing typed yet. */
    ReportContent prefilled(DutyFacts duty) {
        return content(new ReportInput(null, null, null, null, null, null, null), duty, false, false);
    }

    ReportContent content(ReportInput input, DutyFacts duty, boolean submitting, boolean signed) {
        InputChecks checks = new InputChecks();
        String activities = text(checks, "activities", input.activities());
        if (submitting && activities == null) {
            checks.refuse("activities", "monitoring.report.activities.required");
        }
        if (submitting && !signed) {
            checks.refuse("signedFile", "monitoring.report.signedFile.required");
        }
        ReportContent content = new ReportContent(activities, money(checks, input, duty), results(checks, input, duty),
                beneficiaries(checks, input), text(checks, "problems", input.problems()),
                text(checks, "proposals", input.proposals()));
        checks.done();
        return content;
    }

    private List<MoneyLine> money(InputChecks checks, ReportInput input, DutyFacts duty) {
        PeriodMoney recorded = aid.periodMoney(duty.itemId(), duty.periodStart(), duty.periodEnd());
        List<MoneyLine> lines = new ArrayList<>();
        for (MoneyFlow flow : MoneyFlow.values()) {
            int at = indexOf(input.money(), line -> line.flow() == flow);
            ReportInput.MoneyInput typed = at < 0 ? null : input.money().get(at);
            String field = "money[" + Math.max(at, 0) + "]";
            BigDecimal sum = flow == MoneyFlow.RECEIVED ? recorded.receivedVnd() : recorded.spentVnd();
            BigDecimal reported = typed == null || typed.reported() == null ? sum
                    : amount(checks, field + ".reported", typed.reported());
            MoneyLine line = new MoneyLine(flow, sum, reported,
                    typed == null ? null : text(checks, field + ".reason", typed.reason()));
            requireReason(checks, line.changed(), line.reason(), field);
            lines.add(line);
        }
        return lines;
    }

    private List<ResultLine> results(InputChecks checks, ReportInput input, DutyFacts duty) {
        List<ResultLine> lines = new ArrayList<>();
        for (PeriodResult period : aid.periodResults(duty.itemId(), duty.periodStart(), duty.periodEnd())) {
            int at = indexOf(input.results(), line -> line.periodId() != null
                    && line.periodId() == period.periodId());
            ReportInput.ResultInput typed = at < 0 ? null : input.results().get(at);
            String field = "results[" + Math.max(at, 0) + "]";
            BigDecimal reported = typed == null || typed.reported() == null ? period.actual()
                    : figure(checks, field + ".reported", typed.reported());
            ResultLine line = new ResultLine(period.periodId(), period.indicatorVi(), period.indicatorEn(),
                    period.unit(), period.target(), period.actual(), reported,
                    typed == null ? null : text(checks, field + ".reason", typed.reason()));
            requireReason(checks, line.changed(), line.reason(), field);
            lines.add(line);
        }
        return lines;
    }

    private static List<Reached> beneficiaries(InputChecks checks, ReportInput input) {
        List<Reached> lines = new ArrayList<>();
        for (BeneficiaryGroup group : BeneficiaryGroup.values()) {
            int at = indexOf(input.beneficiaries(), line -> line.group() == group);
            Long people = at < 0 ? null : input.beneficiaries().get(at).people();
            if (people != null && people < 0) {
                checks.refuse("beneficiaries[" + at + "].people", "monitoring.report.negative");
            }
            lines.add(new Reached(group, people));
        }
        return lines;
    }

    private static void requireReason(InputChecks checks, boolean changed, @Nullable String reason, String field) {
        if (changed && reason == null) {
            checks.refuse(field + ".reason", "monitoring.report.reason.required");
        }
    }

    private static BigDecimal amount(InputChecks checks, String field, BigDecimal amount) {
        if (amount.signum() < 0) {
            checks.refuse(field, "monitoring.report.negative");
        }
        checks.check(() -> DecimalText.requireFits(field, amount, PRECISION, 2));
        return amount;
    }

    /** An indicator's value is kept as numeric(19,4), as the results framework's. */
    private static BigDecimal figure(InputChecks checks, String field, BigDecimal value) {
        checks.check(() -> DecimalText.requireFits(field, value, PRECISION, 4));
        return DecimalText.stripped(value);
    }

    private static @Nullable String text(InputChecks checks, String field, @Nullable String text) {
        checks.check(() -> TextLength.require(field, text, TextLength.TEXT));
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> int indexOf(List<@Nullable T> lines, Predicate<T> matches) {
        for (int i = 0; i < lines.size(); i++) {
            T line = lines.get(i);
            if (line != null && matches.test(line)) {
                return i;
            }
        }
        return -1;
    }
}
