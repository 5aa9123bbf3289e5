package vn.vientro.reference;

import java.time.LocalDate;
import vn.vientro.shared.BusinessRuleException;

/** No rate of the currency is known on or before the date, so an amount cannot be converted. */
public class ExchangeRateMissingException extends BusinessRuleException {

    private final String currency;
    private final LocalDate date;

    public ExchangeRateMissingException(String currency, LocalDate date) {
        super(ReferenceProblem.EXCHANGE_RATE_MISSING, "reference.rate.missing", "date", currency, date);
        this.currency = currency;
        this.date = date;
    }

    public String currency() {
        return currency;
    }

    public LocalDate date() {
        return date;
    }
}
