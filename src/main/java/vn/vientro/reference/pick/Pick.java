package vn.vientro.reference.pick;

import org.jspecify.annotations.Nullable;

/**
 * One choice a picker offers: the code the form posts, its name in the reader's language, and for a sector its group
 * (the three-digit DAC category), so the picker can draw the list as a tree.
 */
public record Pick(String code, String label, @Nullable String group, @Nullable String groupLabel) {
}
