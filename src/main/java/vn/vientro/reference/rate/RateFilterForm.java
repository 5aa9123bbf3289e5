package vn.vientro.reference.rate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The list filter: a currency and a date range, each optional. */
public class RateFilterForm {

    private String currency = "";
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;

    @Nullable String currencyOrNull() {
        return currency.isBlank() ? null : currency.strip();
    }

    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public @Nullable LocalDate getFrom() { return from; }
    public void setFrom(@Nullable LocalDate from) { this.from = from; }
    public @Nullable LocalDate getTo() { return to; }
    public void setTo(@Nullable LocalDate to) { this.to = to; }
}
