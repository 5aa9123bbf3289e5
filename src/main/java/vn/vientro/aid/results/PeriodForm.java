package vn.vientro.aid.results;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A period's target, or its actual value, as typed: numbers stay text until read, so a typo is shown back. */
public record PeriodForm(@Nullable Long version,
                         @Nullable LocalDate start,
                         @Nullable LocalDate end,
                         @Size(max = TextLength.CODE, message = "{validation.tooLong}") String targetValue,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String targetComment,
                         @Size(max = TextLength.CODE, message = "{validation.tooLong}") String actualValue,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String actualComment,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String closeReason) {

    public PeriodForm {
        targetValue = text(targetValue);
        targetComment = text(targetComment);
        actualValue = text(actualValue);
        actualComment = text(actualComment);
        closeReason = text(closeReason);
    }

    /** The next period after the indicator's last one, a year long, or the calendar year. */
    static PeriodForm next(@Nullable IndicatorPeriod last, LocalDate today) {
        LocalDate start = last == null ? LocalDate.of(today.getYear(), 1, 1) : last.end().plusDays(1);
        return new PeriodForm(null, start, start.plusYears(1).minusDays(1), "", "", "", "", "");
    }

    static PeriodForm of(IndicatorPeriod period) {
        return new PeriodForm(period.version(), period.start(), period.end(),
                IndicatorValueText.print(period.targetValue()), period.targetComment(),
                IndicatorValueText.print(period.actualValue()), period.actualComment(), "");
    }

    /** The fields of one of the period page's two forms. */
    enum Fields {
        TARGET, ACTUAL
    }

    /** The saved values of the form the user did not send, so that it does not come back empty. */
    PeriodForm keepSaved(IndicatorPeriod saved, Fields fields) {
        return fields == Fields.TARGET
                ? new PeriodForm(version, saved.start(), saved.end(), IndicatorValueText.print(saved.targetValue()),
                        saved.targetComment(), actualValue, actualComment, closeReason)
                : new PeriodForm(version, start, end, targetValue, targetComment,
                        IndicatorValueText.print(saved.actualValue()), saved.actualComment(), "");
    }

    PeriodForm withVersion(long stored) {
        return new PeriodForm(stored, start, end, targetValue, targetComment, actualValue, actualComment,
                closeReason);
    }

    TargetInput toTarget() {
        return new TargetInput(start, end, IndicatorValueText.parse(targetValue, "targetValue"), targetComment);
    }

    ActualInput toActual() {
        return new ActualInput(IndicatorValueText.parse(actualValue, "actualValue"), actualComment, closeReason);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
