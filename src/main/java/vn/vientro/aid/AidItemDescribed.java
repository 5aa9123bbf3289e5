package vn.vientro.aid;

/** An aid item's description changed: while its dossier was open, or by an amendment applied to it. */
public record AidItemDescribed(long itemId) {
}
