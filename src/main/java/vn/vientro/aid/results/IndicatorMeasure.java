package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/** How an indicator is measured; IATI IndicatorMeasure codes. A qualitative indicator has text, never a number. */
public enum IndicatorMeasure {
    UNIT("1"), PERCENTAGE("2"), QUALITATIVE("5");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** numeric(19, 4): 15 digits before the point, 4 after. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private final String iatiCode;

    IndicatorMeasure(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    public boolean isNumeric() {
        return this != QUALITATIVE;
    }

    /**
     * A baseline, target or actual value this measure can hold: none, or a number of a numeric measure, a percentage
     * within 0–100, and no more digits than the column keeps.
     *
     * @param field the field the value was typed in, named by the error
     */
    @Nullable BigDecimal checked(@Nullable BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (!isNumeric()) {
            throw new InvalidInputException(field, "aid.results.value.qualitative");
        }
        if (this == PERCENTAGE && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw new InvalidInputException(field, "aid.results.value.percentage");
        }
        if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException(field, "aid.results.value.precision");
        }
        return value;
    }
}
