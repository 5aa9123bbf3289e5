package vn.vientro.reporting.map;

import org.jspecify.annotations.Nullable;

/** What colours the map's communes; committed money unless the address names another. */
public enum MapMeasure {
    COMMITTED, DISBURSED, ITEMS;

    static MapMeasure orDefault(@Nullable MapMeasure measure) {
        return measure == null ? COMMITTED : measure;
    }
}
