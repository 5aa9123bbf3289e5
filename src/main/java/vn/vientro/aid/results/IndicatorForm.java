package vn.vientro.aid.results;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/** The indicator form as typed: the baseline's year and value stay text until read, so a typo is shown back. */
public class IndicatorForm {

    private @Nullable Long version;
    private String titleVi = "";
    private String titleEn = "";
    private @Nullable IndicatorMeasure measure = IndicatorMeasure.UNIT;
    private String unit = "";
    private boolean ascending = true;
    private String baselineYear = "";
    private String baselineValue = "";
    private String baselineComment = "";

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.version = indicator.version();
        form.titleVi = indicator.titleVi();
        form.titleEn = text(indicator.titleEn());
        form.measure = indicator.measure();
        form.unit = text(indicator.unit());
        form.ascending = indicator.ascending();
        form.baselineYear = indicator.baselineYear() == null ? "" : indicator.baselineYear().toString();
        form.baselineValue = IndicatorValueText.print(indicator.baselineValue());
        form.baselineComment = text(indicator.baselineComment());
        return form;
    }

    IndicatorInput toInput() {
        return new IndicatorInput(titleVi, titleEn, measure, unit, ascending, year(),
                IndicatorValueText.parse(baselineValue, "baselineValue"), baselineComment);
    }

    private @Nullable Integer year() {
        if (baselineYear.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(baselineYear.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("baselineYear", "aid.results.baselineYear.unreadable", baselineYear);
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public String getTitleVi() { return titleVi; }
    public void setTitleVi(@Nullable String titleVi) { this.titleVi = text(titleVi); }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(@Nullable String titleEn) { this.titleEn = text(titleEn); }
    public @Nullable IndicatorMeasure getMeasure() { return measure; }
    public void setMeasure(@Nullable IndicatorMeasure measure) { this.measure = measure; }
    public String getUnit() { return unit; }
    public void setUnit(@Nullable String unit) { this.unit = text(unit); }
    public boolean isAscending() { return ascending; }
    public void setAscending(boolean ascending) { this.ascending = ascending; }
    public String getBaselineYear() { return baselineYear; }
    public void setBaselineYear(@Nullable String baselineYear) { this.baselineYear = text(baselineYear); }
    public String getBaselineValue() { return baselineValue; }
    public void setBaselineValue(@Nullable String baselineValue) { this.baselineValue = text(baselineValue); }
    public String getBaselineComment() { return baselineComment; }
    public void setBaselineComment(@Nullable String baselineComment) { this.baselineComment = text(baselineComment); }
}
