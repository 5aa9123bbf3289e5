package vn.vientro.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.format.Formatter;
import org.springframework.format.Printer;
import vn.vientro.shared.Money;

/**
 * The message bundles, with dates, instants, amounts and decimals given as arguments printed the one Vietnamese
 * administrative way in every language, as pages print them: code passes the typed value, never a pre-formatted one.
 */
final class TypedArgumentMessageSource extends ReloadableResourceBundleMessageSource {

    private final Formatter<LocalDate> dates;
    private final Formatter<Instant> instants;
    private final Formatter<Money> amounts;
    private final Printer<BigDecimal> decimals;

    TypedArgumentMessageSource(VietnameseFormats formats) {
        this.dates = formats.dateFormatter();
        this.instants = formats.instantFormatter();
        this.amounts = formats.moneyFormatter();
        this.decimals = formats.decimalPrinter();
    }

    @Override
    protected Object[] resolveArguments(Object @Nullable [] args, Locale locale) {
        Object[] resolved = super.resolveArguments(args, locale);
        Object[] printed = new Object[resolved.length];
        for (int i = 0; i < resolved.length; i++) {
            printed[i] = printed(resolved[i], locale);
        }
        return printed;
    }

    private Object printed(Object argument, Locale locale) {
        if (argument instanceof LocalDate date) {
            return dates.print(date, locale);
        }
        if (argument instanceof Instant instant) {
            return instants.print(instant, locale);
        }
        if (argument instanceof Money money) {
            return amounts.print(money, locale);
        }
        if (argument instanceof BigDecimal decimal) {
            return decimals.print(decimal, locale);
        }
        return argument;
    }
}
