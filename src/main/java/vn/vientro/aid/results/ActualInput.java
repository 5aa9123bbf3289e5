package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** What a period achieved, as the aid owner reports it; a qualitative actual is its comment. */
public record ActualInput(@Nullable BigDecimal actualValue, @Nullable String actualComment) {

    public ActualInput {
        TextLength.require("actualComment", actualComment, TextLength.TEXT);
        IndicatorInput.requireFits("actualValue", actualValue);
    }
}
