package vn.vientro.reference.rate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The list filter: a currency and a date range, each optional. */
public record RateFilterForm(String currency, @Nullable LocalDate from, @Nullable LocalDate to) {

    public RateFilterForm {
        currency = currency == null ? "" : currency;
    }

    static RateFilterForm none() {
        return new RateFilterForm("", null, null);
    }

    @Nullable String currencyOrNull() {
        return currency.isBlank() ? null : currency.strip();
    }
}
