package vn.vientro.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people type them in Vietnam ({@code 26.345,50}: dot for thousands, comma for decimals) or as systems
 * export them ({@code 26345.50}), read exactly into {@link BigDecimal}; and rates printed the Vietnamese way.
 */
public final class DecimalText {

    private static final Pattern VIETNAMESE = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private DecimalText() {
    }

    /**
     * Reads a decimal number. A comma is always the decimal comma. Only {@code 26.345} is ambiguous (26345 in
     * Vietnamese, 26.345 in English): {@code dotThreeDigitsIsGrouping} decides, since a form in a Vietnamese UI
     * reads it the Vietnamese way while a CSV file without any decimal comma comes from a system writing 26.345.
     *
     * @throws NumberFormatException when the text is not a number in either convention
     */
    public static BigDecimal parse(String text, boolean dotThreeDigitsIsGrouping) {
        String compact = text.strip().replace(" ", "").replace("\u00a0", "");
        if (compact.startsWith("+")) {
            compact = compact.substring(1);
        }
        boolean vietnamese = compact.indexOf(',') >= 0
                || (GROUPED.matcher(compact).matches() && (dotThreeDigitsIsGrouping || dots(compact) > 1));
        if (vietnamese) {
            if (!VIETNAMESE.matcher(compact).matches()) {
                throw new NumberFormatException(text);
            }
            return new BigDecimal(compact.replace(".", "").replace(',', '.'));
        }
        if (!PLAIN.matcher(compact).matches()) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(compact);
    }

    /**
     * The number, when its integer part fits a {@code numeric(precision, scale)} column; its fraction is the field's
     * own rule (a currency's minor units) or is rounded to the column's scale.
     *
     * @throws InvalidInputException at the field, naming the digits the column holds, when it does not fit
     */
    public static BigDecimal requireFits(String field, BigDecimal value, int precision, int scale) {
        if (!fits(value, precision, scale)) {
            throw new InvalidInputException(field, "validation.digits", precision - scale, scale);
        }
        return value;
    }

    /** Whether the number's integer part fits a {@code numeric(precision, scale)} column. */
    public static boolean fits(BigDecimal value, int precision, int scale) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.precision() - plain.scale() <= precision - scale;
    }

    /**
     * A stored decimal without the zeros its column's scale pads it with, never in exponent notation:
     * {@code 26345.500000000000} from {@code numeric(30,12)} is 26345.5, {@code 1250.0000} is 1250.
     */
    public static BigDecimal stripped(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** A rate with Vietnamese separators, at least two decimals and every decimal it has: {@code 26.345,50}. */
    public static String rate(BigDecimal value) {
        return vietnamese(value, 2);
    }

    /** An amount typed back into a form: Vietnamese separators and every decimal it has. */
    public static String amount(BigDecimal value) {
        return vietnamese(value, 0);
    }

    /** A decimal with Vietnamese separators and the decimals its scale gives it: 45.0 prints {@code 45,0}. */
    public static String decimal(BigDecimal value) {
        return vietnamese(value, Math.max(value.scale(), 0));
    }

    /** The same in the reader's language: {@code 1.234,5} in Vietnamese, {@code 1,234.5} in English. */
    public static String decimal(BigDecimal value, Locale locale) {
        return format(value, Math.max(value.scale(), 0), symbols(locale));
    }

    /** A rate in the reader's language, at least two decimals and every decimal it has. */
    public static String rate(BigDecimal value, Locale locale) {
        return format(value, 2, symbols(locale));
    }

    /**
     * Grouping and decimal separators for a language: English pages write {@code 1,234,567.89}; every other
     * language, Vietnamese first, the Vietnamese way.
     */
    public static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        symbols.setGroupingSeparator(english ? ',' : '.');
        symbols.setDecimalSeparator(english ? '.' : ',');
        return symbols;
    }

    private static String vietnamese(BigDecimal value, int minDecimals) {
        return format(value, minDecimals, symbols(Locale.ROOT));
    }

    private static String format(BigDecimal value, int minDecimals, DecimalFormatSymbols symbols) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(Math.max(minDecimals, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    private static long dots(String text) {
        return text.chars().filter(c -> c == '.').count();
    }
}
