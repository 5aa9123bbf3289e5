package vn.vientro.portal.transparency;

import org.jspecify.annotations.Nullable;

/**
 * The transparency list's filter as its address carries it: a commune, a priority field, a DAC sector and a donor
 * country by code, a year of approval; a value that is not one reads as no filter, so a typo narrows nothing.
 */
public record TransparencyFilter(@Nullable String commune, @Nullable String field, @Nullable String sector,
                                 @Nullable String country, @Nullable Integer year, int page) {

    static final int PAGE_SIZE = 20;

    static TransparencyFilter of(@Nullable String commune, @Nullable String field, @Nullable String sector,
                                 @Nullable String country, @Nullable String year, @Nullable String page) {
        Integer pageNumber = number(page, 6);
        return new TransparencyFilter(code(commune), code(field), code(sector), code(country), number(year, 4),
                pageNumber == null ? 0 : pageNumber);
    }

    public boolean any() {
        return commune != null || field != null || sector != null || country != null || year != null;
    }

    boolean matches(AidCard card) {
        return (commune == null || card.communeCodes().contains(commune))
                && (field == null || field.equals(card.fieldCode()))
                && (sector == null || card.sectorCodes().contains(sector))
                && (country == null || country.equals(card.donorCountryCode()))
                && (year == null || year.equals(card.approvedYear()));
    }

    /** The same filter on its first page, as a key for what does not depend on the page. */
    TransparencyFilter firstPage() {
        return new TransparencyFilter(commune, field, sector, country, year, 0);
    }

    private static @Nullable String code(@Nullable String text) {
        return text == null || text.isBlank() || text.length() > 100 ? null : text.strip();
    }

    private static @Nullable Integer number(@Nullable String text, int digits) {
        return text == null || !text.strip().matches("\\d{1," + digits + "}") ? null : Integer.valueOf(text.strip());
    }
}
