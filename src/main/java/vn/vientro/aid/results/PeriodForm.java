package vn.vientro.aid.results;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A period's target, or its actual value, as typed: numbers stay text until read, so a typo is shown back. */
public class PeriodForm {

    private @Nullable Long version;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate start;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate end;
    private String targetValue = "";
    private String targetComment = "";
    private String actualValue = "";
    private String actualComment = "";

    /** The next period after the indicator's last one, a year long, or the calendar year. */
    static PeriodForm next(@Nullable IndicatorPeriod last, LocalDate today) {
        PeriodForm form = new PeriodForm();
        form.start = last == null ? LocalDate.of(today.getYear(), 1, 1) : last.end().plusDays(1);
        form.end = form.start.plusYears(1).minusDays(1);
        return form;
    }

    static PeriodForm of(IndicatorPeriod period) {
        PeriodForm form = new PeriodForm();
        form.version = period.version();
        form.start = period.start();
        form.end = period.end();
        form.targetValue = IndicatorValueText.print(period.targetValue());
        form.targetComment = text(period.targetComment());
        form.actualValue = IndicatorValueText.print(period.actualValue());
        form.actualComment = text(period.actualComment());
        return form;
    }

    /** The fields of one of the period page's two forms. */
    enum Fields {
        TARGET, ACTUAL
    }

    /** Shows the saved values of the form the user did not send, so that it does not come back empty. */
    void keepSaved(IndicatorPeriod saved, Fields fields) {
        if (fields == Fields.TARGET) {
            start = saved.start();
            end = saved.end();
            targetValue = IndicatorValueText.print(saved.targetValue());
            targetComment = text(saved.targetComment());
        } else {
            actualValue = IndicatorValueText.print(saved.actualValue());
            actualComment = text(saved.actualComment());
        }
    }

    TargetInput toTarget() {
        return new TargetInput(start, end, IndicatorValueText.parse(targetValue, "targetValue"), targetComment);
    }

    ActualInput toActual() {
        return new ActualInput(IndicatorValueText.parse(actualValue, "actualValue"), actualComment);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable LocalDate getStart() { return start; }
    public void setStart(@Nullable LocalDate start) { this.start = start; }
    public @Nullable LocalDate getEnd() { return end; }
    public void setEnd(@Nullable LocalDate end) { this.end = end; }
    public String getTargetValue() { return targetValue; }
    public void setTargetValue(@Nullable String targetValue) { this.targetValue = text(targetValue); }
    public String getTargetComment() { return targetComment; }
    public void setTargetComment(@Nullable String targetComment) { this.targetComment = text(targetComment); }
    public String getActualValue() { return actualValue; }
    public void setActualValue(@Nullable String actualValue) { this.actualValue = text(actualValue); }
    public String getActualComment() { return actualComment; }
    public void setActualComment(@Nullable String actualComment) { this.actualComment = text(actualComment); }
}
