package vn.vientro.reference.rate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The list filter: a currency, a year and a date range, each optional; and the page, from 0. */
public record RateFilterForm(String currency, @Nullable Integer year, @Nullable LocalDate from,
                             @Nullable LocalDate to, @Nullable Integer page) {

    public RateFilterForm {
        currency = currency == null ? "" : currency;
    }

    static RateFilterForm none() {
        return new RateFilterForm("", null, null, null, null);
    }

    @Nullable String currencyOrNull() {
        return currency.isBlank() ? null : currency.strip();
    }

    /** The first day shown: the later of the year's first day and the date typed. */
    @Nullable LocalDate firstDay() {
        LocalDate yearStart = year == null ? null : LocalDate.of(year, 1, 1);
        return yearStart == null ? from : from == null || from.isBefore(yearStart) ? yearStart : from;
    }

    /** The last day shown: the earlier of the year's last day and the date typed. */
    @Nullable LocalDate lastDay() {
        LocalDate yearEnd = year == null ? null : LocalDate.of(year, 12, 31);
        return yearEnd == null ? to : to == null || to.isAfter(yearEnd) ? yearEnd : to;
    }

    int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }
}
