package vn.vientro.aid.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;

/**
 * An indicator value in a form: written the Vietnamese way ({@code 2,125}, {@code 1.500}, {@code 1.250,5}) and read
 * back the same way, so an edit saved unchanged keeps it. A trailing {@code %} is allowed on a percentage. Money's
 * parser would read {@code 2,125} as two thousand: right for amounts, wrong for a rate per 1,000 people.
 */
final class IndicatorValueText {

    private IndicatorValueText() {
    }

    static @Nullable BigDecimal parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DecimalText.parse(text.replace("%", ""), true);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "aid.results.value.unreadable", text);
        }
    }

    static String print(@Nullable BigDecimal value) {
        return value == null ? "" : DecimalText.amount(value);
    }
}
