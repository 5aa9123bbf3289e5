package vn.vientro.aid;

/** An aid item's dossier was opened as a draft, with its code. */
public record AidItemDrafted(long itemId) {
}
