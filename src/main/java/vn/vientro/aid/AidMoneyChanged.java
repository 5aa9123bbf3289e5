package vn.vientro.aid;

/** A money transaction of an aid item was recorded, corrected or deleted (its totals changed). */
public record AidMoneyChanged(long itemId) {
}
