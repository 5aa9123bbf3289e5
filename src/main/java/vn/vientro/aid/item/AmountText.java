package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/**
 * Reads an amount as people type it: {@code 1.250.000} (Vietnamese grouping), {@code 1,250,000.50} (English),
 * {@code 1250000,5}. Never through floating point.
 */
public final class AmountText {

    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private AmountText() {
    }

    public static @Nullable BigDecimal parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.replace(" ", "").replace("\u00a0", "").replace("₫", "");
        try {
            if (GROUPED_DOTS.matcher(s).matches()) {
                return new BigDecimal(s.replace(".", ""));
            }
            if (GROUPED_COMMAS.matcher(s).matches()) {
                return new BigDecimal(s.replace(",", ""));
            }
            int dot = s.lastIndexOf('.');
            int comma = s.lastIndexOf(',');
            if (dot >= 0 && comma >= 0) {
                s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
            } else if (comma >= 0) {
                s = s.replace(',', '.');
            }
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "aid.amount.unreadable", text);
        }
    }
}
