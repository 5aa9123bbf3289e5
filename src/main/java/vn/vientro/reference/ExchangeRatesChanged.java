package vn.vientro.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * Rates of these currencies were added or corrected, dated {@code from} or later: a conversion on such a date may
 * now find a rate it did not find before.
 */
public record ExchangeRatesChanged(List<String> currencies, LocalDate from) {

    public ExchangeRatesChanged {
        currencies = List.copyOf(currencies);
    }
}
