package vn.vientro.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import org.springframework.format.Formatter;
import org.springframework.format.Printer;
import vn.vientro.shared.DateText;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.Money;

/**
 * The formats pages print in: dates {@code dd/MM/yyyy} in every language (as Vietnamese administrative documents
 * write them); amounts and decimals in the reader's language, {@code 1.234.567,89 USD} and {@code 1.234,5} in
 * Vietnamese, {@code 1,234,567.89 USD} and {@code 1,234.5} in English; VND never with decimals ({@code 1.234.567 ₫}).
 */
final class VietnameseFormats {

    private final ZoneId zone;

    VietnameseFormats(String timeZone) {
        this.zone = ZoneId.of(timeZone);
    }

    Formatter<LocalDate> dateFormatter() {
        return new Formatter<>() {
            @Override
            public String print(LocalDate date, Locale locale) {
                return DateText.of(date);
            }

            @Override
            public LocalDate parse(String text, Locale locale) throws ParseException {
                try {
                    return DateText.parse(text);
                } catch (DateTimeParseException e) {
                    throw new ParseException(text, e.getErrorIndex());
                }
            }
        };
    }

    Formatter<Instant> instantFormatter() {
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
        return new Formatter<>() {
            @Override
            public String print(Instant instant, Locale locale) {
                return dateTime.format(instant);
            }

            @Override
            public Instant parse(String text, Locale locale) {
                return Instant.from(dateTime.parse(text.trim()));
            }
        };
    }

    Formatter<Money> moneyFormatter() {
        return new Formatter<>() {
            @Override
            public String print(Money money, Locale locale) {
                return formatAmount(money.amount(), money.currency(), locale) + " " + symbol(money.currency());
            }

            @Override
            public Money parse(String text, Locale locale) throws ParseException {
                String[] parts = text.trim().split("\\s+");
                Currency currency = "₫".equals(parts[parts.length - 1]) ? Money.VND : Currency.getInstance(parts[parts.length - 1]);
                // read the way amounts are typed and stored in documents, whatever the page's language
                DecimalFormat format = decimalFormat(currency, Locale.ROOT);
                format.setParseBigDecimal(true);
                return new Money((BigDecimal) format.parse(parts[0]), currency);
            }
        };
    }

    /** Decimals with Vietnamese separators and the decimals their scale gives them: 45.0 prints {@code 45,0}. */
    Printer<BigDecimal> decimalPrinter() {
        return new Printer<>() {
            @Override
            public String print(BigDecimal value, Locale locale) {
                return DecimalText.decimal(value, locale);
            }
        };
    }

    static String formatAmount(BigDecimal amount, Currency currency, Locale locale) {
        return decimalFormat(currency, locale).format(amount);
    }

    private static DecimalFormat decimalFormat(Currency currency, Locale locale) {
        DecimalFormatSymbols symbols = DecimalText.symbols(locale);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        format.setGroupingUsed(true);
        return format;
    }

    private static String symbol(Currency currency) {
        return Money.VND.equals(currency) ? "₫" : currency.getCurrencyCode();
    }
}
