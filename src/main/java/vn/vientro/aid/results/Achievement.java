package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.DecimalText;

/**
 * How far an actual value went towards its target, in percent, counted from the baseline when there is one: raising a
 * count from 40 (baseline) to 70 against a target of 100 is 50 %; bringing a rate down from 2.4 to 1.6 against a target
 * of 1.0 is 57.1 %. Without a baseline the change is counted from zero for a rising indicator, and a falling one is met
 * at or under its target. Going the wrong way gives a negative percent.
 *
 * @param percent rounded to one decimal
 */
public record Achievement(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Nothing to say for a qualitative indicator, a missing figure, or a target equal to the baseline. */
    public static @Nullable Achievement of(Indicator indicator, @Nullable BigDecimal actual,
                                           @Nullable BigDecimal target) {
        if (!indicator.measure().isNumeric() || actual == null || target == null) {
            return null;
        }
        BigDecimal baseline = indicator.baselineValue();
        if (baseline == null) {
            return indicator.ascending() ? ratio(actual, target) : fallingWithoutBaseline(actual, target);
        }
        BigDecimal wanted = target.subtract(baseline);
        BigDecimal made = actual.subtract(baseline);
        if (!indicator.ascending()) {
            wanted = wanted.negate();
            made = made.negate();
        }
        return wanted.signum() <= 0 ? null : ratio(made, wanted);
    }

    private static @Nullable Achievement ratio(BigDecimal made, BigDecimal wanted) {
        if (wanted.signum() == 0) {
            return null;
        }
        return new Achievement(made.multiply(HUNDRED).divide(wanted, 1, RoundingMode.HALF_UP));
    }

    private static Achievement fallingWithoutBaseline(BigDecimal actual, BigDecimal target) {
        if (actual.compareTo(target) <= 0 || actual.signum() == 0) {
            return new Achievement(HUNDRED.setScale(1));
        }
        return new Achievement(target.multiply(HUNDRED).divide(actual, 1, RoundingMode.HALF_UP));
    }

    public String text() {
        return DecimalText.amount(percent) + " %";
    }

    /** The actual value moved away from the target, past the baseline. */
    public boolean backwards() {
        return percent.signum() < 0;
    }

    public boolean met() {
        return percent.compareTo(HUNDRED) >= 0;
    }

    /** The width of a progress bar: 0 to 100. */
    public int barWidth() {
        return percent.max(BigDecimal.ZERO).min(HUNDRED).setScale(0, RoundingMode.DOWN).intValue();
    }
}
