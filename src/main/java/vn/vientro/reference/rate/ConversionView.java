package vn.vientro.reference.rate;

import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.vientro.reference.Conversion;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.Money;

/** A conversion as the page shows it: both amounts, the rate printed in the reader's language, its date and source. */
record ConversionView(Money amount, Money result, String rateUsed, LocalDate rateDate, String source,
                      boolean demo) {

    static ConversionView of(Money amount, Conversion conversion) {
        return new ConversionView(amount, conversion.result(), DecimalText.rate(conversion.rateUsed(), LocaleContextHolder.getLocale()),
                conversion.rateDate(), conversion.source(), conversion.demoRate());
    }
}
