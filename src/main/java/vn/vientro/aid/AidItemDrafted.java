package vn.vientro.aid;

import org.jspecify.annotations.Nullable;

/**
 * An aid item's dossier was opened as a draft, with its code, by the named user. The origin is what the dossier was
 * started from, as the module that started it named it (such as {@code pledge:12}); aid keeps it opaque.
 */
public record AidItemDrafted(long itemId, @Nullable String origin, String actor) {
}
