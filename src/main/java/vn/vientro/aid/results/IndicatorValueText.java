package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/**
 * Reads an indicator value the way Vietnamese documents write numbers, which is how the forms print them back
 * ({@link NumberText}): a comma is the decimal mark ({@code 2,4}, {@code 0,125}), dots group thousands ({@code 1.500},
 * {@code 1.250,5}). A lone dot that does not group thousands is taken as a decimal point ({@code 2.4}). Money's parser
 * reads {@code 2,125} as two thousand: right for amounts, wrong for a rate per 1,000 people.
 */
final class IndicatorValueText {

    private static final Pattern GROUPED_DOTS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private IndicatorValueText() {
    }

    static @Nullable BigDecimal parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.replace(" ", "").replace("\u00a0", "").replace("%", "");
        try {
            if (GROUPED_DOTS.matcher(s).matches()) {
                return new BigDecimal(s.replace(".", ""));
            }
            if (s.contains(",")) {
                return new BigDecimal(s.replace(".", "").replace(',', '.'));
            }
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "aid.results.value.unreadable", text);
        }
    }

    /** The value as the form shows it, to be read back unchanged. */
    static String print(@Nullable BigDecimal value) {
        return value == null ? "" : NumberText.of(value);
    }
}
