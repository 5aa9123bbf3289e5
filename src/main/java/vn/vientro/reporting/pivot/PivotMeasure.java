package vn.vientro.reporting.pivot;

import java.math.BigDecimal;
import vn.vientro.aid.StatisticsRow;

/** What a pivot's cells hold: a count of items, or money in the chosen currency. */
public enum PivotMeasure {
    ITEMS,
    COMMITTED,
    DISBURSED,
    SPENT,
    COUNTERPART;

    BigDecimal of(StatisticsRow row, PivotCurrency currency) {
        boolean vnd = currency == PivotCurrency.VND;
        return switch (this) {
            case ITEMS -> BigDecimal.valueOf(row.items());
            case COMMITTED -> vnd ? row.committedVnd() : row.committedUsd();
            case DISBURSED -> vnd ? row.disbursedVnd() : row.disbursedUsd();
            case SPENT -> vnd ? row.spentVnd() : row.spentUsd();
            case COUNTERPART -> vnd ? row.counterpartVnd() : row.counterpartUsd();
        };
    }

    public boolean money() {
        return this != ITEMS;
    }
}
