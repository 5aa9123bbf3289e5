package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.vientro.reference.Conversion;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.ReferenceProblem;
import vn.vientro.reference.StatedRate;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.DateText;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;

/**
 * Converts a transaction's amount to VND and USD: with the rate table's latest rates on or before the value date, or
 * with the VND rate the user states; the USD equivalent of a stated rate goes through the table's USD rate on the
 * stated rate's date. A missing rate is an error at the field whose date needs it.
 */
@Component
class MoneyConverter {

    /** Joins a stated rate's own source to the table's USD rate it was carried on with. */
    static final String USD_LEG = "; USD ";

    private final ExchangeRates rates;

    MoneyConverter(ExchangeRates rates) {
        this.rates = rates;
    }

    /** @throws InvalidInputException at {@code amount} when an equivalent would not fit its column */
    Equivalents convert(TransactionInput input) {
        StatedRate stated = input.statedRate();
        Equivalents equivalents = stated == null ? byTable(input.amount(), input.valueDate())
                : byStated(input.amount(), stated);
        if (!DecimalText.fits(equivalents.amountVnd(), Money.VND_PRECISION, 0)
                || !DecimalText.fits(equivalents.amountUsd(), Money.PRECISION, Money.SCALE)) {
            throw new InvalidInputException("amount", "validation.tooLargeToConvert");
        }
        return equivalents;
    }

    private Equivalents byTable(Money amount, LocalDate on) {
        Conversion vnd = convert(amount, Money.VND, on, "valueDate");
        Conversion usd = convert(amount, Money.USD, on, "valueDate");
        LocalDate rateDate = vnd.rateDate().isBefore(usd.rateDate()) ? vnd.rateDate() : usd.rateDate();
        // The USD conversion of a third currency crosses through VND and names both legs, so it says it all.
        String source = ExchangeRates.SAME_CURRENCY.equals(usd.source()) ? vnd.source() : usd.source();
        return new Equivalents(vnd.result().amount(), usd.result().amount(), vnd.rateUsed(), usd.rateUsed(), rateDate,
                source, false, vnd.demoRate() || usd.demoRate());
    }

    private Equivalents byStated(Money amount, StatedRate stated) {
        if (Money.VND.equals(amount.currency())) {
            throw new InvalidInputException("statedRate", "aid.money.statedRate.notForVnd");
        }
        Conversion vnd = rates.convert(amount, Money.VND, stated);
        if (Money.USD.equals(amount.currency())) {
            return new Equivalents(vnd.result().amount(), amount.amount(), vnd.rateUsed(), BigDecimal.ONE,
                    stated.rateDate(), stated.source(), true, false);
        }
        Conversion usdPerVnd = convert(Money.of(BigDecimal.ONE, "VND"), Money.USD, stated.rateDate(),
                "statedRateDate");
        BigDecimal rateToUsd = vnd.rateUsed().multiply(usdPerVnd.rateUsed(), ExchangeRates.RATE_PRECISION);
        Money usd = amount.convert(rateToUsd, Money.USD);
        String source = stated.source() + USD_LEG + DateText.of(usdPerVnd.rateDate()) + ": " + usdPerVnd.source();
        return new Equivalents(vnd.result().amount(), usd.amount(), vnd.rateUsed(), rateToUsd, stated.rateDate(),
                source, true, usdPerVnd.demoRate());
    }

    private Conversion convert(Money amount, java.util.Currency target, LocalDate on, String field) {
        return rates.convertIfRated(amount, target, on).orElseThrow(() -> new BusinessRuleException(
                ReferenceProblem.EXCHANGE_RATE_MISSING, "aid.money.rate.missing", field,
                rates.withoutRate(on, amount.currency(), target).orElseThrow(), on));
    }
}
