package vn.vientro.portal.catalogue;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.PublishedNeedFilter;

/**
 * The public catalogue's filter as its address carries it: a priority field, a DAC sector and a commune by code, the
 * estimated cost between two figures in millions of VND, a plan period; a figure that is not one reads as no filter,
 * since a visitor's typo should narrow nothing rather than fail.
 */
public record CatalogueFilter(@Nullable String field, @Nullable String sector, @Nullable String commune,
                       @Nullable Long minMillions, @Nullable Long maxMillions, @Nullable Long period, int page) {

    static final int PAGE_SIZE = 12;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final long MAX_MILLIONS = 10_000_000_000L;

    static CatalogueFilter of(@Nullable String field, @Nullable String sector, @Nullable String commune,
                              @Nullable String min, @Nullable String max, @Nullable String period,
                              @Nullable String page) {
        Long pageNumber = number(page);
        return new CatalogueFilter(code(field), code(sector), code(commune), number(min), number(max),
                number(period), pageNumber == null ? 0 : (int) Math.min(pageNumber, 10_000));
    }

    PublishedNeedFilter published() {
        return new PublishedNeedFilter(field, sector, commune, millions(minMillions), millions(maxMillions), period,
                page, PAGE_SIZE);
    }

    public boolean any() {
        return field != null || sector != null || commune != null || minMillions != null || maxMillions != null
                || period != null;
    }

    private static @Nullable BigDecimal millions(@Nullable Long millions) {
        return millions == null ? null : BigDecimal.valueOf(millions).multiply(MILLION);
    }

    private static @Nullable String code(@Nullable String text) {
        return text == null || text.isBlank() || text.length() > 100 ? null : text.strip();
    }

    private static @Nullable Long number(@Nullable String text) {
        if (text == null || !text.strip().matches("\\d{1,11}")) {
            return null;
        }
        long value = Long.parseLong(text.strip());
        return value > MAX_MILLIONS ? null : value;
    }
}
