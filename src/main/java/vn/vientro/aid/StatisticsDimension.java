package vn.vientro.aid;

/**
 * What statistics of aid money can be grouped by. Time follows each transaction's value date; sectors and communes
 * split an item's money by its percentages, so parts add up to the whole and no item is counted twice.
 */
public enum StatisticsDimension {
    YEAR,
    /** "2026-Q3". */
    QUARTER,
    /** "2026-07". */
    MONTH,
    PRIORITY_FIELD,
    /** A DAC 5-digit purpose code; {@code ""} for money of items that name none. */
    SECTOR,
    /** A DAC 3-digit category, the first three digits of the sector. */
    SECTOR_CATEGORY,
    /** A commune's code; {@code ""} for money of items that name none. */
    COMMUNE,
    /** The donor organisation's id in the registry (its country, name and kind are the registry's). */
    DONOR,
    KIND,
    STATUS
}
