package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.reference.StatedRate;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;
import vn.vientro.shared.TextLength;

/**
 * A transaction's fields as a page or the API send them, each possibly missing; {@link #toInput} names the first field
 * that is missing or malformed. A stated rate without a date is dated on the value date.
 */
record TransactionFields(@Nullable MoneyKind kind, @Nullable Funding funding, @Nullable LocalDate valueDate,
                         @Nullable BigDecimal amount, @Nullable String currency, @Nullable BigDecimal statedRate,
                         @Nullable LocalDate statedRateDate, @Nullable String statedRateSource,
                         @Nullable String description, @Nullable String reference) {

    /** Rates are stored as {@code numeric(30, 12)}. */
    private static final int RATE_PRECISION = 30;
    private static final int RATE_SCALE = 12;

    TransactionInput toInput() {
        MoneyKind k = require(kind, "kind", "aid.money.kind.required");
        LocalDate date = require(valueDate, "valueDate", "aid.money.valueDate.required");
        BigDecimal value = require(amount, "amount", "aid.money.amount.required");
        if (value.signum() <= 0) {
            throw new InvalidInputException("amount", "aid.money.amount.positive");
        }
        DecimalText.requireFits("amount", value, Money.PRECISION, Money.SCALE);
        return new TransactionInput(k, funding == null ? Funding.AID : funding, date, money(value),
                stated(date), description, reference);
    }

    private Money money(BigDecimal value) {
        String code = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidInputException("currency", "aid.money.currency.required");
        }
        java.util.Currency unit;
        try {
            unit = java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "aid.money.currency.unknown", code);
        }
        int digits = Math.min(Math.max(unit.getDefaultFractionDigits(), 0), 2);
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException("amount", "aid.money.amount.decimals", code, digits);
        }
        return new Money(value, unit);
    }

    private @Nullable StatedRate stated(LocalDate valueDate) {
        boolean sourceGiven = statedRateSource != null && !statedRateSource.isBlank();
        if (statedRate == null) {
            if (sourceGiven || statedRateDate != null) {
                throw new InvalidInputException("statedRate", "aid.money.statedRate.required");
            }
            return null;
        }
        if (statedRate.signum() <= 0) {
            throw new InvalidInputException("statedRate", "aid.money.statedRate.positive");
        }
        DecimalText.requireFits("statedRate", statedRate, RATE_PRECISION, RATE_SCALE);
        if (!sourceGiven) {
            throw new InvalidInputException("statedRateSource", "aid.money.statedRateSource.required");
        }
        TextLength.require("statedRateSource", statedRateSource, TextLength.NAME);
        return new StatedRate(statedRate, statedRateDate == null ? valueDate : statedRateDate, statedRateSource);
    }

    private static <T> T require(@Nullable T value, String field, String key) {
        if (value == null) {
            throw new InvalidInputException(field, key);
        }
        return value;
    }
}
