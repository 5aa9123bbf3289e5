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
 * The formats of Vietnamese administrative documents, used in every language: dates {@code dd/MM/yyyy},
 * amounts {@code 1.234.567 ₫} and decimals {@code 1.234,5} (dot for thousands, comma for decimals).
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
                String trimmed = text.trim();
                try {
                    // Browsers' <input type="date"> post ISO dates; people type dd/MM/yyyy.
                    return trimmed.contains("-") ? LocalDate.parse(trimmed) : LocalDate.parse(trimmed, DateText.DATE);
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
                return formatAmount(money.amount(), money.currency()) + " " + symbol(money.currency());
            }

            @Override
            public Money parse(String text, Locale locale) throws ParseException {
                String[] parts = text.trim().split("\\s+");
                Currency currency = "₫".equals(parts[parts.length - 1]) ? Money.VND : Currency.getInstance(parts[parts.length - 1]);
                DecimalFormat format = decimalFormat(currency);
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
                return DecimalText.decimal(value);
            }
        };
    }

    static String formatAmount(BigDecimal amount, Currency currency) {
        return decimalFormat(currency).format(amount);
    }

    private static DecimalFormat decimalFormat(Currency currency) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        format.setGroupingUsed(true);
        return format;
    }

    private static String symbol(Currency currency) {
        return Money.VND.equals(currency) ? "₫" : currency.getCurrencyCode();
    }
}
