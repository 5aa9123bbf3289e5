package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How far an actual value went towards its target, for rising and falling indicators, with and without a baseline. */
class AchievementTests {

    @Test
    void aRisingIndicatorCountsFromItsBaseline() {
        Indicator people = indicator(IndicatorMeasure.UNIT, true, "40");
        assertThat(Achievement.of(people, dec("70"), dec("100")).percent()).isEqualByComparingTo("50.0");
        assertThat(Achievement.of(people, dec("130"), dec("100")).met()).isTrue();
        assertThat(Achievement.of(people, dec("30"), dec("100")).percent()).as("the wrong way")
                .isEqualByComparingTo("-16.7");
        assertThat(Achievement.of(people, dec("30"), dec("100")).barWidth()).isZero();
        assertThat(Achievement.of(people, dec("70"), dec("40"))).as("a target at the baseline says nothing").isNull();
    }

    @Test
    void withoutABaselineARisingIndicatorCountsFromZero() {
        Indicator schools = indicator(IndicatorMeasure.UNIT, true, null);
        assertThat(Achievement.of(schools, dec("2"), dec("3")).percent()).isEqualByComparingTo("66.7");
        assertThat(Achievement.of(schools, dec("2"), dec("3")).text()).isEqualTo("66,7 %");
        assertThat(Achievement.of(schools, dec("1"), dec("0"))).isNull();
    }

    @Test
    void aFallingIndicatorCountsDownwards() {
        Indicator malaria = indicator(IndicatorMeasure.UNIT, false, "2.4");
        assertThat(Achievement.of(malaria, dec("1.6"), dec("1.0")).percent()).isEqualByComparingTo("57.1");
        assertThat(Achievement.of(malaria, dec("0.9"), dec("1.0")).met()).isTrue();
        Indicator noBaseline = indicator(IndicatorMeasure.PERCENTAGE, false, null);
        assertThat(Achievement.of(noBaseline, dec("4"), dec("5")).percent()).isEqualByComparingTo("100");
        assertThat(Achievement.of(noBaseline, dec("10"), dec("5")).percent()).isEqualByComparingTo("50.0");
    }

    @Test
    void aQualitativeIndicatorOrAMissingFigureHasNone() {
        assertThat(Achievement.of(indicator(IndicatorMeasure.QUALITATIVE, true, null), null, null)).isNull();
        assertThat(Achievement.of(indicator(IndicatorMeasure.UNIT, true, "1"), null, dec("5"))).isNull();
    }

    @Test
    void valuesAreWrittenTheVietnameseWay() {
        assertThat(indicator(IndicatorMeasure.UNIT, true, null).valueText(dec("1250.5"))).isEqualTo("1.250,5");
        assertThat(indicator(IndicatorMeasure.PERCENTAGE, true, null).valueText(dec("85"))).isEqualTo("85 %");
        assertThat(indicator(IndicatorMeasure.UNIT, true, null).valueText(null)).isEmpty();
    }

    private static Indicator indicator(IndicatorMeasure measure, boolean ascending, String baseline) {
        return new Indicator(1, 0, 1, 1, 1, "Chỉ số", null, measure, "người", ascending,
                baseline == null ? null : 2024, baseline == null ? null : dec(baseline), null);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
