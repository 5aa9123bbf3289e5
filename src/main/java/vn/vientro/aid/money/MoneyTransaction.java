package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/**
 * A recorded money transaction of an aid item, with its VND and USD equivalents and the rates that produced them.
 *
 * @param rateToVnd  VND per one unit of {@code currency}, as applied
 * @param rateToUsd  USD per one unit of {@code currency}, as applied
 * @param rateDate   the date of the rates applied (for a cross rate, the older leg)
 * @param rateStated whether the VND rate is one the user stated (a bank advice) rather than the rate table's
 * @param demoRate   whether an illustrative demo rate, not an official one, was applied
 */
@SuppressWarnings("checkstyle:ParameterNumber")
public record MoneyTransaction(long id, long version, long itemId, MoneyKind kind, Funding funding,
                               LocalDate valueDate, BigDecimal amount, String currency, BigDecimal rateToVnd,
                               BigDecimal rateToUsd, LocalDate rateDate, String rateSource, boolean rateStated,
                               boolean demoRate, BigDecimal amountVnd, BigDecimal amountUsd,
                               @Nullable String description, @Nullable String reference, String recordedBy,
                               Instant recordedAt) {

    public Money money() {
        return Money.of(amount, currency);
    }

    public Money vnd() {
        return Money.of(amountVnd, "VND");
    }

    public Money usd() {
        return Money.of(amountUsd, "USD");
    }
}
