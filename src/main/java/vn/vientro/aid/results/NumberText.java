package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers written the Vietnamese way, dot for thousands and comma for decimals, with no more decimals than typed. */
final class NumberText {

    private NumberText() {
    }

    static String of(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.####", symbols);
        return format.format(value);
    }
}
