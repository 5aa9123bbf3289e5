package vn.vientro.reporting.pivot;

import vn.vientro.aid.StatisticsDimension;

/**
 * What a pivot's rows and columns can be. Each reads one of the aid statistics' dimensions; a donor country is the
 * donors' grouped by the registry's country of each (an item has one donor, so no item is counted in two countries).
 */
public enum PivotDimension {
    YEAR(StatisticsDimension.YEAR),
    QUARTER(StatisticsDimension.QUARTER),
    FIELD(StatisticsDimension.PRIORITY_FIELD),
    SECTOR_CATEGORY(StatisticsDimension.SECTOR_CATEGORY),
    SECTOR(StatisticsDimension.SECTOR),
    COMMUNE(StatisticsDimension.COMMUNE),
    ORGANISATION(StatisticsDimension.DONOR),
    COUNTRY(StatisticsDimension.DONOR),
    KIND(StatisticsDimension.KIND),
    STATUS(StatisticsDimension.STATUS);

    private final StatisticsDimension source;

    PivotDimension(StatisticsDimension source) {
        this.source = source;
    }

    StatisticsDimension source() {
        return source;
    }

    /** Whether its keys follow each other in time, so they read best in their own order rather than by size. */
    boolean chronological() {
        return this == YEAR || this == QUARTER;
    }
}
