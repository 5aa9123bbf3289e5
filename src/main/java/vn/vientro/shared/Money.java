package vn.vientro.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in one ISO 4217 currency; never floating point. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money>, java.io.Serializable {

    public static final Currency VND = Currency.getInstance("VND");
    public static final Currency USD = Currency.getInstance("USD");
    /** Amounts are stored as {@code numeric(19, 2)}, the VND equivalents of amounts as {@code numeric(21, 0)}. */
    public static final int PRECISION = 19;
    public static final int SCALE = 2;
    public static final int VND_PRECISION = 21;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // Keep the currency's own minor units (VND has none, USD two) so equal sums compare equal.
        amount = amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Converts with a rate expressed as units of {@code target} per one unit of this currency. */
    public Money convert(BigDecimal rate, Currency target) {
        return new Money(amount.multiply(rate), target);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
