package vn.vientro.reporting.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The colour classes of the map: class 0, the lightest, for communes without aid; up to five classes of equal count
 * (quantiles) over the communes with aid, so a few large projects do not leave every other commune in one colour.
 * Colours from ColorBrewer's "Blues" (sequential, readable by people with colour blindness; the table beside the map
 * gives every figure, so no figure is read by colour alone).
 */
final class MapShade {

    static final List<String> COLOURS = List.of("#f7fbff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c");
    private static final int CLASSES = COLOURS.size() - 1;

    private final List<BigDecimal> uppers;

    /** @param values the measure of every commune with aid (any order; zeros are ignored) */
    MapShade(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().filter(value -> value.signum() > 0).sorted().toList();
        int classes = Math.min(CLASSES, sorted.size());
        List<BigDecimal> bounds = new ArrayList<>();
        for (int k = 1; k <= classes; k++) {
            BigDecimal upper = sorted.get((int) Math.ceil((double) k * sorted.size() / classes) - 1);
            if (bounds.isEmpty() || upper.compareTo(bounds.get(bounds.size() - 1)) > 0) {
                bounds.add(upper);
            }
        }
        this.uppers = List.copyOf(bounds);
    }

    /** The class of a commune's measure: 0 without aid, else 1 to the number of classes. */
    int of(BigDecimal value) {
        if (value.signum() <= 0) {
            return 0;
        }
        for (int k = 0; k < uppers.size(); k++) {
            if (value.compareTo(uppers.get(k)) <= 0) {
                return k + 1;
            }
        }
        return uppers.size();
    }

    /** The classes in use, each with its colour and the range of values it covers (class 0 first). */
    List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        entries.add(new LegendEntry(0, COLOURS.get(0), BigDecimal.ZERO, BigDecimal.ZERO));
        BigDecimal lower = BigDecimal.ZERO;
        for (int k = 0; k < uppers.size(); k++) {
            entries.add(new LegendEntry(k + 1, colour(k + 1), lower, uppers.get(k)));
            lower = uppers.get(k);
        }
        return entries;
    }

    /** Colours spread over the palette when fewer classes are in use, so the darkest means the most. */
    String colour(int shade) {
        if (shade == 0 || uppers.isEmpty()) {
            return COLOURS.get(0);
        }
        int index = uppers.size() == 1 ? CLASSES : 1 + (shade - 1) * (CLASSES - 1) / (uppers.size() - 1);
        return COLOURS.get(index);
    }
}
