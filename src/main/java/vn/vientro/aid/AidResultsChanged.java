package vn.vientro.aid;

/** An aid item's results framework, its targets or the values it achieved changed. */
public record AidResultsChanged(long itemId) {
}
