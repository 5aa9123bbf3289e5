package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * What a period achieved, as the aid owner reports it; a qualitative actual is its comment.
 *
 * @param closeReason why a period ending inside a closed reporting period is reported or corrected (needed only then)
 */
public record ActualInput(@Nullable BigDecimal actualValue, @Nullable String actualComment,
                          @Nullable String closeReason) {

    public ActualInput {
        TextLength.require("actualComment", actualComment, TextLength.TEXT);
        closeReason = closeReason == null || closeReason.isBlank() ? null : closeReason;
        IndicatorInput.requireFits("actualValue", actualValue);
    }
}
