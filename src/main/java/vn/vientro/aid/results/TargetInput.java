package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A reporting period and its target; a qualitative target is its comment. */
public record TargetInput(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable BigDecimal targetValue,
                          @Nullable String targetComment) {

    public TargetInput {
        TextLength.require("targetComment", targetComment, TextLength.TEXT);
        IndicatorInput.requireFits("targetValue", targetValue);
    }
}
