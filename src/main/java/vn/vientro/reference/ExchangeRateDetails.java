package vn.vientro.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;

/**
 * A rate as an administrator, an API client or a CSV row states it. The checks live here so that page, API and
 * import obey the same rules; each throws a {@link BusinessRuleException} naming the field.
 */
public record ExchangeRateDetails(String currency, LocalDate rateDate, BigDecimal vndPerUnit, String source) {

    /** numeric(19,8): 11 integer digits and 8 decimals. */
    public static final int MAX_INTEGER_DIGITS = 11;
    public static final int MAX_DECIMALS = 8;
    public static final int MAX_SOURCE_LENGTH = 300;
    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    public ExchangeRateDetails {
        Objects.requireNonNull(rateDate, "rateDate");
        currency = checkedCurrency(currency);
        vndPerUnit = checkedRate(vndPerUnit);
        source = checkedSource(source);
    }

    /** Whether {@code code} is an upper-case ISO 4217 code the JDK knows. */
    public static boolean isIsoCurrency(String code) {
        return ISO_CODES.contains(code);
    }

    /** The upper-case ISO 4217 code; VND is refused because it is the base (one VND is always one VND). */
    public static String checkedCurrency(String code) {
        String upper = Objects.requireNonNull(code, "currency").strip().toUpperCase(Locale.ROOT);
        if (upper.isEmpty()) {
            throw new InvalidInputException("currency", "reference.rate.currency.required");
        }
        if (!isIsoCurrency(upper)) {
            throw new InvalidInputException("currency", "reference.rate.currency.invalid", code.strip());
        }
        if ("VND".equals(upper)) {
            throw new InvalidInputException("currency", "reference.rate.currency.vnd");
        }
        return upper;
    }

    /** A positive rate that fits numeric(19,8) without rounding (a rate is never silently changed). */
    public static BigDecimal checkedRate(BigDecimal rate) {
        Objects.requireNonNull(rate, "vndPerUnit");
        if (rate.signum() <= 0) {
            throw new InvalidInputException("vndPerUnit", "reference.rate.value.positive");
        }
        BigDecimal plain = rate.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            throw new InvalidInputException("vndPerUnit", "reference.rate.value.decimals", MAX_DECIMALS);
        }
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException("vndPerUnit", "reference.rate.value.tooLarge");
        }
        return DecimalText.stripped(plain);
    }

    public static String checkedSource(String source) {
        String stripped = Objects.requireNonNull(source, "source").strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("source", "reference.rate.source.required");
        }
        if (stripped.length() > MAX_SOURCE_LENGTH) {
            throw new InvalidInputException("source", "reference.rate.source.tooLong", MAX_SOURCE_LENGTH);
        }
        return stripped;
    }
}
