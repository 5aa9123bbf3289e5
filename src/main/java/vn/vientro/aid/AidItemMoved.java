package vn.vientro.aid;

/** An aid item moved in its lifecycle. */
public record AidItemMoved(long itemId, String code, AidKind kind, AidAction action, AidStatus from, AidStatus to,
                           String actor) {
}
