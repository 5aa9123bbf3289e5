package vn.vientro.reference;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone saved or deleted the rate after the user opened it: the form shows both versions instead of overwriting. */
public class ExchangeRateChangedException extends OptimisticLockingFailureException {

    public ExchangeRateChangedException(long id) {
        super("exchange rate " + id + " was changed by someone else");
    }
}
