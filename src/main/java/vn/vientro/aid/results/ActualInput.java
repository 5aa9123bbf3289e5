package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a period achieved, as the aid owner reports it; a qualitative actual is its comment. */
public record ActualInput(@Nullable BigDecimal actualValue, @Nullable String actualComment) {
}
